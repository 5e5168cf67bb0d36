import "./styles.css";
import { startApp } from "./app";
import { startKiosk } from "./screens/kiosk";
import { startProjector } from "./screens/projector";

const root = document.getElementById("app")!;
const route = window.location.hash;
if (route.startsWith("#/kiosk")) void startKiosk(root);
else if (route.startsWith("#/projector")) void startProjector(root);
else void startApp(root);
