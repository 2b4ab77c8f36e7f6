"""The machine the benchmark runs on and the programs it times, described for the report."""

from __future__ import annotations

import compileall
import importlib.util
import os
import platform
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.measure import run


@dataclass(frozen=True)
class Tools:
    rootcheck: tuple[str, ...]
    hugo: str | None
    build: bool
    serve: bool = False
    #: Whether the timed program is the rootcheck this Python imports, not one given by ``--rootcheck``.
    own: bool = True

    @classmethod
    def find(cls, command: str | None = None) -> Tools:
        script = Path(sys.executable).parent / "rootcheck"
        # The console script is what editors run; the module is the same code where there is none.
        if command:
            rootcheck: tuple[str, ...] = (command,)
        elif script.exists():
            rootcheck = (str(script),)
        else:
            rootcheck = (sys.executable, "-m", "rootcheck")
        build = run([*rootcheck, "build", "--help"]).ok
        serve = run([*rootcheck, "serve", "--help"]).ok
        return cls(rootcheck, shutil.which("hugo"), build, serve, own=not command)


@dataclass(frozen=True)
class Machine:
    cores: int
    cpu: str
    memory_gib: float | None
    python: str
    system: str
    rootcheck: str
    hugo: str
    out_root: str
    bytecode: str

    @classmethod
    def describe(cls, tools: Tools, out_root: Path, bytecode: str) -> Machine:
        version = run([*tools.rootcheck, "--version"])
        hugo = run([tools.hugo, "version"]).stdout.split(" BuildDate")[0] if tools.hugo else "not installed"
        return cls(
            cores=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1,
            cpu=_cpu_model(),
            memory_gib=_memory_gib(),
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            rootcheck=version.stdout.strip() or "unknown",
            hugo=hugo.strip(),
            out_root=f"{out_root} ({'tmpfs' if _on_tmpfs(out_root) else 'disk'})",
            bytecode=bytecode,
        )

    def markdown(self) -> str:
        memory = f", {self.memory_gib:.0f} GiB RAM" if self.memory_gib else ""
        return "\n".join(
            [
                f"- Machine: {self.cores} cores, {self.cpu}{memory}; {self.system}",
                f"- {self.python}; {self.rootcheck}; Hugo: {self.hugo}",
                f"- Output: {self.out_root}",
                f"- Bytecode: {self.bytecode}",
            ]
        )


def compile_bytecode(tools: Tools) -> str:
    """Compile the timed rootcheck's modules, as ``pip install`` does; what was done, for the report.

    Python writes bytecode when it first imports a module, unless
    PYTHONDONTWRITEBYTECODE is set, as it is in some containers. An editable
    install there would compile every module from source in every timed run,
    a cost (about 0.06 s on the machine of the README's table) that no
    installed copy pays. A rootcheck given by ``--rootcheck`` is timed as it is.
    """
    if not tools.own:
        return "as the given program has it"
    spec = importlib.util.find_spec("rootcheck")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders or not all(compileall.compile_dir(folder, quiet=1) for folder in folders):
        return "could not be compiled before timing: rootcheck may have run from source"
    unset = " (PYTHONDONTWRITEBYTECODE is set here)" if sys.flags.dont_write_bytecode else ""
    return f"rootcheck's modules compiled before timing, as `pip install` does{unset}"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _memory_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return None


def _on_tmpfs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = path.resolve().as_posix() + "/"
    # The longest mount point holding the path is the file system it is on.
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        point = parts[1].rstrip("/") + "/" if len(parts) > 2 else ""
        if point and resolved.startswith(point) and len(point) > len(best):
            best, fstype = point, parts[2]
    return fstype == "tmpfs"


def default_out_root() -> Path:
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else Path(tempfile.gettempdir())
