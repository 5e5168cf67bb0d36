//! The baselines each figure is measured against, in the same run on the same disk: the disk's
//! own durable write, and SQLite's own speed for inserting the op log.

use std::io::{BufRead, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::Convene;
use crate::error::{Error, Result};
use crate::storage::Store;

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::Io { path: path.display().to_string(), detail: e.to_string() }
}

/// The physical floor of a durable write: one 4 KiB write and `fdatasync` to a file beside the
/// database, in the two shapes a commit's write-ahead log takes. A commit that reuses log space
/// written before only overwrites; one that lengthens the log also makes the file system record
/// the new size in its journal, which costs the disk more. Each capture is compared with the
/// floor of its own shape.
pub struct FsyncFloor {
    path: PathBuf,
    file: std::fs::File,
    /// How many blocks the overwrite floor cycles over (written and synced before measuring).
    blocks: u64,
    /// Where the next extending write goes: always past the end.
    end: u64,
}

const BLOCK: usize = 4096;

impl FsyncFloor {
    pub fn open(dir: &Path) -> Result<FsyncFloor> {
        let path = dir.join("fsync-floor.bin");
        let io = io_error(&path);
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(&io)?;
        // The overwrite floor's blocks exist on disk before any is measured.
        let blocks = 256;
        file.write_all(&vec![0xa5u8; BLOCK * blocks as usize]).map_err(&io)?;
        file.sync_all().map_err(&io)?;
        drop(io);
        Ok(FsyncFloor { end: blocks * BLOCK as u64, path, file, blocks })
    }

    fn write_at(&mut self, offset: u64) -> Result<Duration> {
        let block = [0x5au8; BLOCK];
        let t = Instant::now();
        (|| {
            self.file.seek(SeekFrom::Start(offset))?;
            self.file.write_all(&block)?;
            self.file.sync_data()
        })()
        .map_err(io_error(&self.path))?;
        Ok(t.elapsed())
    }

    /// Writes over the `i`th existing block (round and round) and waits for the disk.
    pub fn overwrite(&mut self, i: usize) -> Result<Duration> {
        self.write_at((i as u64 % self.blocks) * BLOCK as u64)
    }

    /// Writes a new block past the end of the file and waits for the disk.
    pub fn extend(&mut self) -> Result<Duration> {
        let at = self.end;
        self.end += BLOCK as u64;
        self.write_at(at)
    }
}

impl Drop for FsyncFloor {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The same op rows the coordinator holds, inserted raw in one transaction into a fresh
/// database made by `Store::open`: the same pragmas (WAL, `synchronous=FULL`, the same
/// autocheckpoint), the same `ops` table with its CHECK constraints and indexes. What it leaves
/// out is the import's own work: verifying the bundles, checking each op, and folding the
/// materialized rows. The rows are first streamed to a file and read back inside the timing (as
/// an import reads bundles), so the baseline holds one row in memory at a time.
pub fn raw_insert(coordinator: &Convene, work: &Path) -> Result<Duration> {
    let rows_path = work.join("raw-rows.tsv");
    let io = io_error(&rows_path);
    {
        let mut out = BufWriter::new(std::fs::File::create(&rows_path).map_err(&io)?);
        let mut stmt = coordinator
            .store
            .conn
            .prepare("SELECT op_id, device_id, seq, hlc, entity, entity_id, change, prev FROM ops")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            // JSON text never holds a raw tab or newline, so TSV is safe here.
            let prev: Option<String> = r.get(7)?;
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                prev.unwrap_or_default()
            )
            .map_err(&io)?;
        }
        out.flush().map_err(&io)?;
    }
    let path = work.join("raw.sqlite3");
    for f in ["raw.sqlite3", "raw.sqlite3-wal", "raw.sqlite3-shm"] {
        let _ = std::fs::remove_file(work.join(f));
    }
    let mut store = Store::open(&path)?;
    let t = Instant::now();
    store.write(|tx| {
        let mut ins = tx.conn().prepare(
            "INSERT INTO ops (op_id, device_id, seq, hlc, entity, entity_id, change, prev)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        let reader = std::io::BufReader::new(std::fs::File::open(&rows_path).map_err(&io)?);
        for line in reader.lines() {
            let line = line.map_err(&io)?;
            let f: Vec<&str> = line.split('\t').collect();
            let seq: i64 = f[2].parse().unwrap_or(0);
            let hlc: i64 = f[3].parse().unwrap_or(0);
            let prev = (!f[7].is_empty()).then_some(f[7]);
            ins.execute(rusqlite::params![f[0], f[1], seq, hlc, f[4], f[5], f[6], prev])?;
        }
        Ok(())
    })?;
    let took = t.elapsed();
    drop(store);
    for f in ["raw.sqlite3", "raw.sqlite3-wal", "raw.sqlite3-shm", "raw-rows.tsv"] {
        let _ = std::fs::remove_file(work.join(f));
    }
    Ok(took)
}
