"""The shipped technique model: linear weights over string features for SI (token tagger) and TC (span classifier).

The artifact is a NumPy .npz (no pickled code, so it loads under any scikit-learn version) written by
`eventwire.stages.framing.training`. It keeps only features with a non-zero weight, by name; prediction looks
each feature string up in a dict, so no hashing or sparse matrices are needed at run time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from eventwire.models import TECHNIQUES

ARTIFACT_DIR = Path(__file__).resolve().parents[1] / "data" / "framing"
ARTIFACT = ARTIFACT_DIR / "techniques.npz"


class Vocab:
    """Feature string -> column, grown while encoding training rows."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def encode(self, rows: Sequence[Sequence[str]], *, grow: bool = True) -> sp.csr_matrix:
        index = self.index
        indptr = [0]
        indices: list[int] = []
        for row in rows:
            cols = set()
            for f in row:
                k = index.get(f)
                if k is None:
                    if not grow:
                        continue
                    k = index[f] = len(index)
                cols.add(k)
            indices.extend(sorted(cols))
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        return sp.csr_matrix((data, indices, indptr), shape=(len(rows), max(1, len(index))))

    def names(self) -> list[str]:
        out = [""] * len(self.index)
        for f, k in self.index.items():
            out[k] = f
        return out


@dataclass
class LinearHead:
    """Weights by feature name (binary features), an intercept per class, optional standardised dense columns."""

    features: dict[str, int]  # feature -> row of `weights`
    weights: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray  # (n_classes,)
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None
    dense_weights: np.ndarray | None = None  # (d, n_classes)
    dense_factor: float = 1.0

    def scores(self, rows: Sequence[Sequence[str]], dense: np.ndarray | None = None) -> np.ndarray:
        get = self.features.get
        w = self.weights
        out = np.tile(self.intercept, (len(rows), 1)).astype(np.float32)
        for n, row in enumerate(rows):
            idx = [k for k in map(get, set(row)) if k is not None]
            if idx:
                out[n] += w[idx].sum(axis=0)
        if self.dense_weights is not None and dense is not None and len(rows):
            z = (np.asarray(dense, dtype=np.float32) - self.dense_mean) / self.dense_scale * self.dense_factor
            out += z @ self.dense_weights
        return out

    @classmethod
    def from_sklearn(cls, clf, *, names: Sequence[str], dense_mean=None, dense_scale=None,
                     dense_factor: float = 1.0) -> LinearHead:
        """`clf` was fitted on [sparse features `names`, dense columns]."""
        coef = np.asarray(clf.coef_, dtype=np.float32)
        n_sparse = len(names)
        sparse_coef = coef[:, :n_sparse]
        keep = np.flatnonzero(np.any(sparse_coef != 0, axis=0))
        return cls(
            features={names[k]: n for n, k in enumerate(keep)},
            weights=np.ascontiguousarray(sparse_coef[:, keep].T),
            intercept=np.asarray(clf.intercept_, dtype=np.float32),
            dense_mean=None if dense_mean is None else np.asarray(dense_mean, dtype=np.float32),
            dense_scale=None if dense_scale is None else np.asarray(dense_scale, dtype=np.float32),
            dense_weights=None if dense_mean is None else np.ascontiguousarray(coef[:, n_sparse:].T),
            dense_factor=dense_factor,
        )

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        names = sorted(self.features, key=self.features.get)
        blob = json.dumps(names, ensure_ascii=False).encode("utf-8")  # names may hold any character
        arrays = {f"{prefix}_names": np.frombuffer(blob, dtype=np.uint8),
                  f"{prefix}_weights": self.weights.astype(np.float16),
                  f"{prefix}_intercept": self.intercept, f"{prefix}_dense_factor": np.array(self.dense_factor)}
        if self.dense_weights is not None:
            arrays.update({f"{prefix}_dense_mean": self.dense_mean, f"{prefix}_dense_scale": self.dense_scale,
                           f"{prefix}_dense_weights": self.dense_weights})
        return arrays

    @classmethod
    def from_arrays(cls, arrays, prefix: str) -> LinearHead:
        names = json.loads(arrays[f"{prefix}_names"].tobytes().decode("utf-8"))
        has_dense = f"{prefix}_dense_weights" in arrays
        return cls(
            features={f: n for n, f in enumerate(names)},
            weights=arrays[f"{prefix}_weights"].astype(np.float32),
            intercept=arrays[f"{prefix}_intercept"],
            dense_mean=arrays[f"{prefix}_dense_mean"] if has_dense else None,
            dense_scale=arrays[f"{prefix}_dense_scale"] if has_dense else None,
            dense_weights=arrays[f"{prefix}_dense_weights"] if has_dense else None,
            dense_factor=float(arrays[f"{prefix}_dense_factor"]),
        )


@dataclass
class TechniqueModel:
    si: LinearHead
    tc: LinearHead
    labels: tuple[str, ...] = TECHNIQUES
    params: dict = field(default_factory=dict)  # decoding thresholds etc.

    def si_proba(self, rows: Sequence[Sequence[str]], dense: np.ndarray | None = None) -> np.ndarray:
        s = self.si.scores(rows, dense)[:, 0]
        return 1.0 / (1.0 + np.exp(-s))

    def tc_proba(self, rows: Sequence[Sequence[str]], dense: np.ndarray | None = None) -> np.ndarray:
        s = self.tc.scores(rows, dense)
        s = s - s.max(axis=1, keepdims=True)
        e = np.exp(s)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        arrays = {**self.si.to_arrays("si"), **self.tc.to_arrays("tc")}
        arrays["meta"] = np.frombuffer(json.dumps({"labels": list(self.labels), "params": self.params}).encode(),
                                       dtype=np.uint8)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path) -> TechniqueModel:
        with np.load(path) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode())
            return cls(si=LinearHead.from_arrays(arrays, "si"), tc=LinearHead.from_arrays(arrays, "tc"),
                       labels=tuple(meta["labels"]), params=meta["params"])


@lru_cache(maxsize=2)
def load_model(path: Path = ARTIFACT) -> TechniqueModel | None:
    """The shipped model, or None when the artifact is missing."""
    if not Path(path).exists():
        return None
    return TechniqueModel.load(Path(path))
