"""The shipped technique model: hashed linear weights for SI (token tagger) and TC (span classifier).

The artifact is a NumPy .npz (no pickled code, so it loads under any scikit-learn version) written by
`eventwire.stages.framing.training`; prediction is a sparse dot product.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from eventwire.models import TECHNIQUES

ARTIFACT_DIR = Path(__file__).resolve().parents[1] / "data" / "framing"
ARTIFACT = ARTIFACT_DIR / "techniques.npz"
N_FEATURES = 2**20


@lru_cache(maxsize=1)
def hasher():
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)


def hash_features(rows: list[list[str]]) -> sp.csr_matrix:
    if not rows:
        return sp.csr_matrix((0, N_FEATURES), dtype=np.float32)
    return hasher().transform(rows).astype(np.float32)


@dataclass
class LinearHead:
    """Weights over hashed features (stored sparsely by column) plus standardised dense columns."""

    cols: np.ndarray  # (k,) int: hashed feature columns with a weight
    weights: np.ndarray  # (n_classes, k)
    intercept: np.ndarray  # (n_classes,)
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None
    dense_weights: np.ndarray | None = None  # (n_classes, d)
    dense_factor: float = 1.0
    _lookup: np.ndarray | None = field(default=None, repr=False)

    def _reduce(self, X: sp.csr_matrix) -> sp.csr_matrix:
        """X restricted to the weighted columns, renumbered 0..k-1 (a 4 MB lookup instead of a dense W)."""
        if self._lookup is None:
            lookup = np.full(N_FEATURES, -1, dtype=np.int64)
            lookup[self.cols] = np.arange(len(self.cols))
            self._lookup = lookup
        pos = self._lookup[X.indices]
        keep = pos >= 0
        rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
        return sp.csr_matrix((X.data[keep], (rows[keep], pos[keep])), shape=(X.shape[0], len(self.cols)))

    def scores(self, X: sp.csr_matrix, dense: np.ndarray | None = None) -> np.ndarray:
        out = self._reduce(X) @ self.weights.T + self.intercept
        if self.dense_weights is not None and dense is not None and len(dense):
            z = (dense - self.dense_mean) / self.dense_scale * self.dense_factor
            out = out + z @ self.dense_weights.T
        return np.asarray(out)

    def prepare_dense(self, dense: np.ndarray) -> np.ndarray:
        return (dense - self.dense_mean) / self.dense_scale * self.dense_factor

    @classmethod
    def from_sklearn(cls, clf, *, cols: np.ndarray, dense_mean=None, dense_scale=None,
                     dense_factor: float = 1.0) -> LinearHead:
        """`clf` was fitted on [X[:, cols], dense]: its first len(cols) weights belong to hashed columns `cols`."""
        coef = np.asarray(clf.coef_, dtype=np.float32)
        n_dense = 0 if dense_mean is None else len(dense_mean)
        sparse_coef = coef[:, : coef.shape[1] - n_dense]
        keep = np.flatnonzero(np.any(sparse_coef != 0, axis=0))
        return cls(
            cols=np.asarray(cols)[keep].astype(np.int32),
            weights=sparse_coef[:, keep],
            intercept=np.asarray(clf.intercept_, dtype=np.float32),
            dense_mean=None if dense_mean is None else np.asarray(dense_mean, dtype=np.float32),
            dense_scale=None if dense_scale is None else np.asarray(dense_scale, dtype=np.float32),
            dense_weights=None if not n_dense else coef[:, coef.shape[1] - n_dense:],
            dense_factor=dense_factor,
        )

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        arrays = {f"{prefix}_cols": self.cols, f"{prefix}_weights": self.weights.astype(np.float16),
                  f"{prefix}_intercept": self.intercept, f"{prefix}_dense_factor": np.array(self.dense_factor)}
        if self.dense_weights is not None:
            arrays.update({f"{prefix}_dense_mean": self.dense_mean, f"{prefix}_dense_scale": self.dense_scale,
                           f"{prefix}_dense_weights": self.dense_weights})
        return arrays

    @classmethod
    def from_arrays(cls, arrays, prefix: str) -> LinearHead:
        has_dense = f"{prefix}_dense_weights" in arrays
        return cls(
            cols=arrays[f"{prefix}_cols"],
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

    def si_proba(self, X: sp.csr_matrix, dense: np.ndarray | None = None) -> np.ndarray:
        s = self.si.scores(X, dense)[:, 0]
        return 1.0 / (1.0 + np.exp(-s))

    def tc_proba(self, X: sp.csr_matrix, dense: np.ndarray | None = None) -> np.ndarray:
        s = self.tc.scores(X, dense)
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
    """The shipped model, or None when the artifact is missing (the stage then uses lexicon rules only)."""
    if not Path(path).exists():
        return None
    return TechniqueModel.load(Path(path))
