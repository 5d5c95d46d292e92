from tests.conftest import make_project, run_cli


def test_help_lists_commands(project):
    result = run_cli(project, "--help")
    assert result.returncode == 0
    for command in ("extract", "check", "render"):
        assert command in result.stdout


def test_missing_seeds_folder_is_a_clear_error(tmp_path):
    project = make_project(tmp_path, seeds=False)
    result = run_cli(project, "extract")
    assert result.returncode == 1
    assert "seeds: seeds folder does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_non_utf8_and_binary_seeds_named_with_offset(project):
    (project / "seeds" / "bad.txt").write_bytes("Caf\xe9 au lait in the capital.".encode("latin-1"))
    (project / "seeds" / "blob.txt").write_bytes(b"\x89PNG\x00\x00binary")
    result = run_cli(project, "extract")
    assert result.returncode == 1
    assert "seeds/bad.txt: not UTF-8: invalid byte 0xe9 at offset 3" in result.stderr
    assert "seeds/blob.txt: looks like a binary file" in result.stderr
    assert not list((project / "content").glob("*.yaml")), "nothing written when a seed is unreadable"


def test_empty_seed_is_a_warning(project):
    (project / "seeds" / "empty.txt").write_text("   \n")
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0
    assert "seeds/empty.txt: empty article, skipped" in result.stderr


def test_files_not_read_and_saved_web_pages_are_warned_about(project):
    (project / "seeds" / "page.html").write_text("<html><body><p>Russia demanded a ceasefire.</p></body></html>")
    (project / "seeds" / "saved.txt").write_text(
        "<!DOCTYPE html>\n<html><head><title>Talks</title></head><body><p>Russia demanded that Ukraine withdraw "
        "its troops from four regions, the Kremlin said.</p></body></html>\n")
    for _ in range(2):  # (and again on the next run: nothing was fixed)
        result = run_cli(project, "extract", "-q")
        assert result.returncode == 0
        assert "seeds/page.html: not read, as articles are text files ending in .txt, .md, .text" in result.stderr
        assert "seeds/saved.txt: looks like a saved web page (HTML markup)" in result.stderr


def test_a_command_run_in_process_leaves_garbage_collection_on(extracted_project, monkeypatch, capsys):
    """Commands switch the cycle collector off while they run (a batch speed-up); a program that
    calls them must get it back."""
    import gc

    from generator.cli import main

    monkeypatch.chdir(extracted_project)
    assert gc.isenabled()
    assert main(["check"]) == 0
    assert gc.isenabled()
    assert "every quote found" in capsys.readouterr().out
