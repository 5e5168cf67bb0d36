## Whether a fluent speaker has reviewed this translation (README: "Reviewing a language").
## locale-review is one of: source (the language the app is written in), proposed (translated,
## not yet reviewed by a fluent speaker), reviewed (a fluent speaker has read every
## resident-facing message and the termbase). Change it only after a review.
locale-review = proposed
