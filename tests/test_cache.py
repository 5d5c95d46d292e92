"""The extraction cache: one file of facts and one of line keys, read and written once per run."""

from __future__ import annotations

import pickle

import pytest

from generator.extract import run
from generator.extract.cache import (
    FACTS_FILE,
    LINES_FILE,
    OLD_FACTS_DIR,
    OLD_VIEWS_DIR,
    VIEWS_FILE,
    ExtractCache,
    FileStore,
)
from generator.store import content_records


def _entries(path) -> dict:
    with open(path, "rb") as handle:
        return pickle.load(handle)[1]


def test_one_entry_per_seed_and_removed_seeds_are_forgotten(project):
    seeds = sorted((project / "seeds").glob("*.txt"))
    (project / OLD_FACTS_DIR).mkdir(parents=True)
    (project / OLD_FACTS_DIR / "stale.pickle").write_bytes(b"from an older version")
    (project / OLD_VIEWS_DIR).mkdir(parents=True)
    (project / OLD_VIEWS_DIR / "stale.pickle").write_bytes(b"from an older version")
    run.run_extract(project, project / "seeds", project / "content", jobs=1)
    for name in (FACTS_FILE, LINES_FILE, VIEWS_FILE):
        assert len(_entries(project / name)) == len(seeds)
    assert not (project / OLD_FACTS_DIR).exists(), "the old one-file-per-article cache is cleared away"
    assert not (project / OLD_VIEWS_DIR).exists()
    seeds[0].unlink()
    run.run_extract(project, project / "seeds", project / "content", jobs=1)
    for name in (FACTS_FILE, LINES_FILE, VIEWS_FILE):
        assert len(_entries(project / name)) == len(seeds) - 1


def test_a_damaged_cache_file_is_ignored_and_replaced(project):
    first = run.run_extract(project, project / "seeds", project / "content", jobs=1).content
    for name in (FACTS_FILE, LINES_FILE):
        (project / name).write_bytes(b"not a pickle")
    seen = []
    again = run.run_extract(project, project / "seeds", project / "content", jobs=1,
                            progress=lambda done, total, file: seen.append(file)).content
    assert content_records(again) == content_records(first)
    assert not any("from the cache" in file for file in seen), "nothing could be reused"
    assert ExtractCache(project).data, "the facts were stored again"
    assert len(_entries(project / LINES_FILE)) == len(list((project / "seeds").glob("*.txt")))


def test_a_store_is_written_only_when_it_changed(tmp_path):
    path = tmp_path / "store.pickle"
    store = FileStore(path, str, "v1")
    store.put("a", "x")
    store.save()
    written = path.stat().st_mtime_ns
    again = FileStore(path, str, "v1")
    assert again.get("a") == "x"
    again.save()
    assert path.stat().st_mtime_ns == written
    assert FileStore(path, str, "v2").get("a") is None, "another tag (code version) reads as empty"
    assert FileStore(path, int, "v1").get("a") is None, "a value of the wrong type is a miss"
    unused = FileStore(path, str, "v1")
    unused.save()  # nothing used: everything pruned
    assert _entries(path) == {}
    broken = FileStore(path, str, "v1")
    broken.put("b", "y")
    broken.save()
    entries = _entries(path)
    entries["b"] = b"not a pickle"
    with open(path, "wb") as handle:
        pickle.dump(("v1", entries), handle)
    assert FileStore(path, str, "v1").get("b") is None, "a damaged entry is a miss"


def test_a_compressed_store_reads_back_what_was_put_or_packed(tmp_path):
    path = tmp_path / "store.pickle"
    text = "the same article text, line after line; " * 200
    store = FileStore(path, str, "v1", compressed=True)
    store.put("a", text)
    store.put_pickled("b", store.pack(text + "!"))  # as a worker process sends it
    store.save()
    assert path.stat().st_size < len(text) / 4, "article text is kept compressed"
    again = FileStore(path, str, "v1", compressed=True)
    assert (again.get("a"), again.get("b")) == (text, text + "!")
    entries = _entries(path)
    entries["b"] = entries["b"][:-10]
    with open(path, "wb") as handle:
        pickle.dump(("v1", entries), handle)
    assert FileStore(path, str, "v1", compressed=True).get("b") is None, "a truncated entry is a miss"


def test_the_configuration_is_cached_by_its_bytes_and_never_hides_an_error(project):
    from generator.config import CACHE_FILE, load_config
    from generator.errors import BriefingError

    first = load_config(project)
    assert (project / CACHE_FILE).is_file()
    again = load_config(project)
    assert again == first and again.root == project
    outlets = project / "site_config" / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace(
        "outlets:\n", "outlets:\n  - {name: Example Gazette, aliases: [Example Gazette]}\n", 1), encoding="utf-8")
    assert "Example Gazette" in {o.name for o in load_config(project).outlets}, "an edit is read at once"
    outlets.write_text("outlets: [unclosed\n", encoding="utf-8")
    with pytest.raises(BriefingError):
        load_config(project)
    (project / CACHE_FILE).write_bytes(b"not a pickle")
    outlets.write_text(outlets.read_text(encoding="utf-8").replace("[unclosed", "[]"), encoding="utf-8")
    assert load_config(project).outlets == (), "a damaged cache is read past"
