"""The analytic hierarchy process (AHP): weights from pairwise comparisons.

Judgements are on Saaty's 1 to 9 scale: ``a[i][j] = 3`` says criterion i is moderately more
important than j, and ``a[j][i] = 1/3``. Weights are the principal right eigenvector of the
matrix; consistency is judged by ``CI = (lambda_max - n) / (n - 1)`` and ``CR = CI / RI(n)``, with
Saaty's random index, and CR above 0.10 flagged (Saaty 1980, *The Analytic Hierarchy Process*,
ch. 1 and 2; Saaty 1990, EJOR 48:9-26). Several participants' judgements are combined cell by
cell with the geometric mean, the only rule that keeps the combined matrix reciprocal (Aczél &
Saaty 1983, J. Math. Psych. 27:93-102; Forman & Peniwati 1998, EJOR 108:165-169).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mcda.errors import MCDAError

# Saaty's random index RI(n) for n = 1..10, as in DOMAIN.md section 4 (Saaty 1980; the same
# values as Saaty 1990). Beyond 10 criteria the value for 10 is used.
RANDOM_INDEX = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
CR_THRESHOLD = 0.10
# People round 1/3 to 0.33 and 1/7 to 0.14: accept a product a_ij * a_ji within 5 % of 1.
RECIPROCAL_TOLERANCE = 0.05

_FRACTION = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*/\s*([0-9]*\.?[0-9]+)\s*$")


@dataclass(frozen=True)
class Judgement:
    """One pairwise judgement: how much more important ``row`` is than ``column``."""

    row: str
    column: str
    value: float
    consistent_value: float


@dataclass(frozen=True)
class AHPResult:
    """Weights and consistency of one pairwise comparison matrix.

    ``consistency_ratio`` is 0 for 1 or 2 criteria (any reciprocal 2 x 2 matrix is consistent).
    ``most_inconsistent`` is the judgement furthest from the ratio of the derived weights
    (largest ``a_ij * w_j / w_i`` above 1, Saaty 2003, EJOR 145:85-91), with the value that would
    agree with the weights; None when the matrix is perfectly consistent.
    """

    weights: dict[str, float]
    lambda_max: float
    consistency_index: float
    random_index: float
    consistency_ratio: float
    most_inconsistent: Judgement | None

    @property
    def consistent(self) -> bool:
        """True when CR <= 0.10, Saaty's threshold."""
        return self.consistency_ratio <= CR_THRESHOLD + 1e-12


def parse_judgement(text: object, where: str = "") -> float:
    """A judgement from a cell: a number (``3``, ``0.2``) or a fraction (``1/3``).

    Raises
    ------
    MCDAError
        Naming ``where`` when the cell is not a positive number.
    """
    prefix = f"{where}: " if where else ""
    if isinstance(text, bool):
        raise MCDAError(f"{prefix}expected a number or a fraction such as 1/3, got {text!r}")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        s = str(text).strip()
        match = _FRACTION.match(s)
        try:
            if match:
                den = float(match.group(2))
                if den == 0:
                    raise MCDAError(f"{prefix}{s!r} divides by zero")
                value = float(match.group(1)) / den
            else:
                value = float(s.replace(",", "."))
        except ValueError:
            raise MCDAError(
                f"{prefix}{s!r} is not a number (expected a number or a fraction such as 1/3)"
            ) from None
    if not math.isfinite(value) or value <= 0:
        raise MCDAError(f"{prefix}judgements must be positive numbers, got {value:g}")
    return value


def check_pairwise(matrix: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """Validate a pairwise comparison matrix and return it as floats.

    Raises
    ------
    MCDAError
        If it is not square, holds zero, negative or non-finite entries, has a diagonal other
        than 1, or is not reciprocal within rounding; the message names the row and column.
    """
    a = np.asarray(matrix, dtype=float)
    names = list(names)
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise MCDAError(f"the comparison table must be square, got {a.shape[0]} rows and "
                        f"{a.shape[1] if a.ndim == 2 else 0} columns")
    if len(names) != a.shape[0]:
        raise MCDAError(f"the comparison table has {a.shape[0]} rows but {len(names)} names")
    n = a.shape[0]
    for i in range(n):
        for j in range(n):
            v = a[i, j]
            if not math.isfinite(v) or v <= 0:
                raise MCDAError(f"row {names[i]!r}, column {names[j]!r}: judgements must be "
                                f"positive numbers, got {v:g}")
    for i in range(n):
        if abs(a[i, i] - 1.0) > RECIPROCAL_TOLERANCE:
            raise MCDAError(f"row {names[i]!r}, column {names[i]!r}: a criterion compared with "
                            f"itself must be 1, got {a[i, i]:g}")
        for j in range(i + 1, n):
            if abs(a[i, j] * a[j, i] - 1.0) > RECIPROCAL_TOLERANCE:
                raise MCDAError(
                    f"row {names[j]!r}, column {names[i]!r}: the table is not reciprocal: "
                    f"{a[j, i]:g} should be 1/{a[i, j]:g} = {1 / a[i, j]:.3g}"
                )
    return a


def principal_eigenvector(a: np.ndarray) -> tuple[np.ndarray, float]:
    """The principal right eigenvector (normalised to sum to 1) and its eigenvalue lambda_max.

    A positive matrix has a unique positive principal eigenvector (Perron-Frobenius), which is
    why Saaty takes it as the weights (Saaty 1980, section 3.2).
    """
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def ahp(matrix: np.ndarray, names: Sequence[str]) -> AHPResult:
    """Weights, lambda_max, CI, CR and the most inconsistent judgement of a comparison matrix.

    Parameters
    ----------
    matrix:
        Square, positive, reciprocal matrix; ``matrix[i][j]`` is how much more important
        ``names[i]`` is than ``names[j]`` on Saaty's 1 to 9 scale.
    names:
        The criteria, in the order of the rows.

    Examples
    --------
    >>> r = ahp([[1, 3], [1 / 3, 1]], ["a", "b"])
    >>> {k: round(v, 2) for k, v in r.weights.items()}, r.consistency_ratio
    ({'a': 0.75, 'b': 0.25}, 0.0)
    """
    names = [str(n) for n in names]
    a = check_pairwise(matrix, names)
    # Force exact reciprocity from the upper triangle so that 0.33 for 1/3 does not bias
    # lambda_max upwards.
    n = a.shape[0]
    upper = np.triu(a, 1)
    a = upper + np.triu(1.0 / a, 1).T + np.eye(n)
    w, lam = principal_eigenvector(a)
    lam = max(lam, float(n))  # lambda_max >= n for a positive reciprocal matrix (rounding)
    ci = (lam - n) / (n - 1) if n > 1 else 0.0
    ri = RANDOM_INDEX[n - 1] if n <= len(RANDOM_INDEX) else RANDOM_INDEX[-1]
    cr = ci / ri if ri > 0 else 0.0
    worst = None
    if n > 2:
        # Saaty (2003): the judgement a_ij with the largest a_ij * w_j / w_i is the one to revisit.
        eps = a * np.outer(1.0 / w, w)
        i, j = np.unravel_index(int(np.argmax(eps)), eps.shape)
        if eps[i, j] > 1.0 + 1e-9:
            worst = Judgement(names[i], names[j], float(a[i, j]), float(w[i] / w[j]))
    return AHPResult(
        weights=dict(zip(names, (float(x) for x in w), strict=True)),
        lambda_max=lam,
        consistency_index=float(ci),
        random_index=float(ri),
        consistency_ratio=float(cr),
        most_inconsistent=worst,
    )


def combine_judgements(matrices: Sequence[np.ndarray]) -> np.ndarray:
    """Several participants' comparison matrices combined cell by cell by the geometric mean.

    The geometric mean of reciprocal matrices is reciprocal, and it is the only aggregation of
    individual judgements with that property (Aczél & Saaty 1983).

    Raises
    ------
    MCDAError
        If there are no matrices or their sizes differ.
    """
    if not matrices:
        raise MCDAError("no comparison tables to combine")
    arrays = [np.asarray(m, dtype=float) for m in matrices]
    shape = arrays[0].shape
    for k, m in enumerate(arrays[1:], start=2):
        if m.shape != shape:
            raise MCDAError(f"comparison table {k} is {m.shape[0]} x {m.shape[1]}, "
                            f"the first is {shape[0]} x {shape[1]}")
    for k, m in enumerate(arrays, start=1):
        if np.any(~np.isfinite(m)) or np.any(m <= 0):
            raise MCDAError(f"comparison table {k} holds a zero, negative or missing judgement")
    return np.exp(np.mean(np.log(np.stack(arrays)), axis=0))


__all__ = [
    "CR_THRESHOLD",
    "RANDOM_INDEX",
    "AHPResult",
    "Judgement",
    "ahp",
    "check_pairwise",
    "combine_judgements",
    "parse_judgement",
    "principal_eigenvector",
]
