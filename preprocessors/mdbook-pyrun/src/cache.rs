//! Run results cached on disk, keyed by a hash of everything that can change them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::protocol::Job;
use crate::runner::RawRun;
use crate::VM_LABEL;

/// Bump when the meaning of a cached entry changes.
const CACHE_FORMAT: u32 = 1;

/// The cache key of a job: a BLAKE3 hash of the job (every block's source,
/// hidden lines included, earlier session blocks, file names, copied files'
/// hashes and limits), the program that runs it (`None` for the VM; a
/// Rust listing's executable hash), the timeout, the output limit, the VM and
/// this runner's version.
pub fn cache_key(job: &Job, program: Option<&str>, timeout: Duration, output_limit: u64) -> String {
    let mut hasher = blake3::Hasher::new();
    let inputs =
        (CACHE_FORMAT, env!("CARGO_PKG_VERSION"), VM_LABEL, job, program, timeout.as_millis() as u64, output_limit);
    hasher.update(&serde_json::to_vec(&inputs).expect("a job serialises"));
    hasher.finalize().to_hex().to_string()
}

#[derive(Serialize, Deserialize)]
struct Entry {
    key: String,
    run: RawRun,
}

/// A folder of `<key>.json` entries.
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached run for `key`. A missing, partial or corrupt entry is a miss.
    pub fn get(&self, key: &str) -> Option<RawRun> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        (entry.key == key).then_some(entry.run)
    }

    /// Store a run atomically: readers see the old entry or the whole new one.
    pub fn put(&self, key: &str, run: &RawRun) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        serde_json::to_writer(&mut file, &Entry { key: key.to_string(), run: run.clone() })?;
        file.persist(self.path(key)).map_err(|e| e.error)?;
        Ok(())
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{BlockOutcome, JobBlock, Limits};
    use crate::runner::ProcessEnd;

    fn job(source: &str) -> Job {
        Job {
            blocks: vec![JobBlock { source: source.into(), filename: "a.py".into() }],
            limits: Limits { memory_mb: 1, cpu_seconds: 1, file_size_mb: 1 },
            files: vec![],
        }
    }

    fn sample_run() -> RawRun {
        RawRun {
            blocks: vec![(BlockOutcome::Completed, 2)],
            finished: true,
            output: b"1\n".to_vec(),
            truncated: false,
            end: ProcessEnd::Exited { code: 0 },
            seconds: 0.1,
        }
    }

    #[test]
    fn keys_change_with_every_input() {
        let t = Duration::from_secs(1);
        let base = cache_key(&job("print(1)"), None, t, 10);
        assert_eq!(base, cache_key(&job("print(1)"), None, t, 10));
        assert_ne!(base, cache_key(&job("print(2)"), None, t, 10));
        assert_ne!(base, cache_key(&job("print(1)"), None, Duration::from_secs(2), 10));
        assert_ne!(base, cache_key(&job("print(1)"), None, t, 11));
        assert_ne!(base, cache_key(&job("print(1)"), Some("exe-hash"), t, 10));
        let mut other_limits = job("print(1)");
        other_limits.limits.memory_mb = 2;
        assert_ne!(base, cache_key(&other_limits, None, t, 10));
        let mut with_file = job("print(1)");
        with_file.files.push(crate::protocol::InputFile {
            name: "a.so".into(),
            source: "x/a.so".into(),
            blake3: "1".into(),
        });
        assert_ne!(base, cache_key(&with_file, None, t, 10));
    }

    #[test]
    fn round_trip_and_corruption_is_a_miss() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert!(cache.get("k").is_none());
        cache.put("k", &sample_run()).unwrap();
        assert_eq!(cache.get("k"), Some(sample_run()));
        std::fs::write(dir.path().join("k.json"), b"{\"key\": \"k\", \"run\": {").unwrap();
        assert!(cache.get("k").is_none());
        // An entry stored under the wrong name is not trusted either.
        cache.put("j", &sample_run()).unwrap();
        std::fs::copy(dir.path().join("j.json"), dir.path().join("k.json")).unwrap();
        assert!(cache.get("k").is_none());
    }
}
