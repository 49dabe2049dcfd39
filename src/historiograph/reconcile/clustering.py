"""Incremental clustering of accounts: each new account joins the cluster it links to best.

The same engine serves the store (seeded with the stored accounts near a new
document's events, so the corpus is never recomputed) and the benchmark
(10,000 synthetic events in memory). Candidates come from a blocking index:
accounts are filed under (type, time bucket), and a new account is compared
only with compatible types in the buckets within ``time.max_gap_days`` of its
interval. Because :func:`~historiograph.reconcile.features.score_pair` refuses
exactly those pairs anyway, blocking changes the speed and never the result;
``blocking=False`` gives the naive all-pairs comparison that the benchmark
uses as its baseline.

Linking is single-link with guards: an account joins a cluster only if no member is
of a subtype of its type that it is never compared with, only if its
dates lie within ``time.max_gap_days`` of every dated member, so that an account
with no date (a headline, "the attack") cannot chain events years apart into
one cluster through itself, and only if no member from its own document is
dated apart from it (one writer's two dates are two events); and when it links
to several clusters it bridges them only if they fit together in time and no
one document tells both.

A person's decisions enter as :class:`Constraints`: a must-link pulls an
account into its partner's cluster whatever the scores say, a cannot-link
keeps it out of any cluster holding the partner.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from historiograph.reconcile.accounts import Account
from historiograph.reconcile.features import (
    LinkScores,
    dates_contradict,
    score_pair,
    time_score,
    told_apart,
)
from historiograph.reconcile.settings import Settings
from historiograph.reconcile.similarity import TextSimilarity

EPOCH = dt.date(1, 1, 1)


@dataclass(frozen=True)
class Link:
    """Two compared accounts and their scores (``a`` is the account that was being placed)."""

    a: str
    b: str
    scores: LinkScores


@dataclass
class Placement:
    """Where an account went and why: the best link that took it there, if any."""

    cluster: int
    via: str
    partner: str | None = None
    score: float | None = None


@dataclass
class Constraints:
    """Pairwise must-link and cannot-link constraints between event keys."""

    must: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    cannot: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def together(self, keys_a: Iterable[str], keys_b: Iterable[str]) -> None:
        """Every key of ``keys_a`` with every key of ``keys_b``: same event (overrides a split)."""
        for x, y in itertools.product(list(keys_a), list(keys_b)):
            if x != y:
                self._set(self.must, self.cannot, x, y)

    def apart(self, keys_a: Iterable[str], keys_b: Iterable[str]) -> None:
        """Every key of ``keys_a`` away from every key of ``keys_b`` (overrides a merge)."""
        for x, y in itertools.product(list(keys_a), list(keys_b)):
            if x != y:
                self._set(self.cannot, self.must, x, y)

    @staticmethod
    def _set(add: dict[str, set[str]], drop: dict[str, set[str]], x: str, y: str) -> None:
        add[x].add(y)
        add[y].add(x)
        drop.get(x, set()).discard(y)
        drop.get(y, set()).discard(x)

    def keys(self) -> set[str]:
        """Every key that some decision names."""
        return {k for table in (self.must, self.cannot) for k, v in table.items() if v}


class Clusterer:
    """Accounts placed in clusters one at a time; clusters are ids from ``new_id``."""

    def __init__(
        self,
        settings: Settings,
        similarity: TextSimilarity,
        *,
        constraints: Constraints | None = None,
        blocking: bool = True,
        new_id: Callable[[], int] | None = None,
    ) -> None:
        self.settings = settings
        self.similarity = similarity
        self.constraints = constraints or Constraints()
        self.blocking = blocking
        self.accounts: dict[str, Account] = {}
        self.cluster_of: dict[str, int] = {}
        self.members: defaultdict[int, set[str]] = defaultdict(set)
        self.links: list[Link] = []
        self.comparisons = 0
        self._buckets: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        self._undated: defaultdict[str, list[str]] = defaultdict(list)
        self._order: list[str] = []
        self._position: dict[str, int] = {}
        # Per cluster, the latest start and the earliest end of its dated members.
        self._dated: dict[int, tuple[dt.date, dt.date]] = {}
        counter = itertools.count(1)
        self._new_id = new_id or (lambda: next(counter))

    # -- the index -----------------------------------------------------------------------------

    def _bucket_range(self, start: dt.date, end: dt.date) -> range:
        size = self.settings.time.bucket_days
        return range((start - EPOCH).days // size, (end - EPOCH).days // size + 1)

    def _file(self, account: Account) -> None:
        self.accounts[account.key] = account
        self._position[account.key] = len(self._order)
        self._order.append(account.key)
        interval = account.interval
        if interval is None:
            self._undated[account.type].append(account.key)
            return
        for bucket in self._bucket_range(*interval):
            self._buckets[(account.type, bucket)].append(account.key)

    def candidates(self, account: Account) -> list[str]:
        """Stored keys worth comparing with ``account``, in the order they were filed."""
        if not self.blocking:
            return list(self._order)
        types = self.settings.compatible_types(account.type)
        found: set[str] = set()
        for event_type in types:
            found.update(self._undated[event_type])
        interval = account.interval
        if interval is None:
            for (event_type, _), keys in self._buckets.items():
                if event_type in types:
                    found.update(keys)
        else:
            gap = dt.timedelta(days=self.settings.time.max_gap_days)
            for bucket in self._bucket_range(interval[0] - gap, interval[1] + gap):
                for event_type in types:
                    found.update(self._buckets.get((event_type, bucket), ()))
        return sorted(found, key=self._position.__getitem__)

    # -- placing accounts ---------------------------------------------------------------------

    def seed(self, account: Account, cluster: int) -> None:
        """File an account already placed (a stored one) without comparing it."""
        self._file(account)
        self._join(account.key, cluster)

    def _join(self, key: str, cluster: int) -> None:
        self.cluster_of[key] = cluster
        self.members[cluster].add(key)
        interval = self.accounts[key].interval
        if interval is not None:
            bounds = self._dated.get(cluster)
            self._dated[cluster] = (
                interval
                if bounds is None
                else (max(bounds[0], interval[0]), min(bounds[1], interval[1]))
            )

    def _fits_in_time(self, key: str, cluster: int) -> bool:
        """Whether the account's dates lie within the blocking gap of every dated member."""
        interval = self.accounts[key].interval
        bounds = self._dated.get(cluster)
        if interval is None or bounds is None:
            return True
        latest_start, earliest_end = bounds
        gap = max((latest_start - interval[1]).days, (interval[0] - earliest_end).days)
        return gap <= self.settings.time.max_gap_days

    def add(self, account: Account) -> Placement:
        """Compare ``account`` with its candidates and place it; the links are kept."""
        best: dict[int, tuple[int, float, str]] = {}
        near_misses: list[Link] = []
        for other in self.candidates(account):
            if other == account.key:
                continue
            self.comparisons += 1
            scores = score_pair(account, self.accounts[other], self.settings, self.similarity)
            if scores is None:
                continue
            if scores.linked:
                self.links.append(Link(account.key, other, scores))
            elif scores.total >= self.settings.keep_threshold:
                near_misses.append(Link(account.key, other, scores))
            if scores.linked:
                cluster = self.cluster_of[other]
                if cluster not in best or (scores.anchors, scores.total) > best[cluster][:2]:
                    best[cluster] = (scores.anchors, scores.total, other)
        near_misses.sort(key=lambda link: -link.scores.total)
        self.links += near_misses[: self.settings.keep_near_misses]
        self._file(account)
        placement = self._choose(account.key, best)
        self._join(account.key, placement.cluster)
        self._pull_in_partners(account.key)
        if placement.via == "link":
            self._bridge(
                account.key, placement.cluster, [c for c in best if c != placement.cluster]
            )
        return placement

    def _bridge(self, key: str, home: int, others: Iterable[int]) -> None:
        """Merge the other clusters the new account also links to, where that is safe.

        An account that links to two clusters tells the same event as both (the
        inquiry's "bombing" links the police's "exploded" and the group's
        "explosion"). They are merged unless their dates lie too far apart or two
        of their accounts state dates that contradict, a person's decision keeps
        them apart, or one document tells both, each with a date of its own: a
        document that told two events separately means two events, but an undated
        "the massacre of Ismarek will not be forgotten" beside its dated "opened
        fire" is a mention, not a second event. The new account itself tells
        nothing separately: its own document's earlier mention ("the attack" after
        a headline) is one of the accounts it links to.
        """
        for other in others:
            if other not in self.members or other == home:
                continue
            documents = {self.accounts[k].document for k in self.members[home] if self._own_date(k)}
            documents.discard(self.accounts[key].document)
            if any(
                self.accounts[k].document in documents and self._own_date(k)
                for k in self.members[other]
            ):
                continue
            if any(
                self.constraints.cannot.get(k, set()) & self.members[home]
                for k in self.members[other]
            ):
                continue
            if not self._clusters_fit_in_time(home, other) or self._dated_apart(home, other):
                continue
            if self._told_apart(home, other) or self._kept_apart_by_type(
                self.members[home], self.members[other]
            ):
                continue
            self.merge(home, other)

    def _told_apart(self, a: int, b: int) -> bool:
        """Whether one document dates an account of each cluster apart, one of the two at
        least by a date of its own: "the gendarmes fired into the crowd", dated by the
        sentence before on October 4, and the same writer's ambush "on 15 October" are
        two events, even if a third account's words link both."""
        return any(
            (self._own_date(x) or self._own_date(y))
            and told_apart(self.accounts[x], self.accounts[y], self.settings)
            for x in self.members[a]
            for y in self.members[b]
        )

    def _kept_apart_by_type(self, keys_a: Iterable[str], keys_b: Iterable[str]) -> bool:
        """Whether an account of one group and one of the other are subtypes of one type
        that ``type_compatibility`` keeps apart (0): different acts of one kind, never one
        event. A communique's headline "Communique" (an announcement) links to the group's
        denial and to its accusation, as any statement may meet another, but a denial and an
        accusation are two statements, and a third account's link does not make them one.
        Across types a 0 only refuses the pair's own link: a riot and the arrests that ended
        it are one raid when the storming links both (demo and invented5 gold). A strike or
        a boycott (``lasting_subtypes``) is kept apart from what it never links to whatever
        a third account links: a docker's "we struck in May" is no account of the bombing
        of May 20, though a historian's "the unrest of May" links both."""
        accounts_b = [self.accounts[k] for k in keys_b]
        lasting = self.settings.lasting_subtypes
        return any(
            (x.type == y.type or bool({f"{x.type}/{x.subtype}", f"{y.type}/{y.subtype}"} & lasting))
            and self.settings.compatibility(x.type, y.type, x.subtype, y.subtype) <= 0
            for x in (self.accounts[k] for k in keys_a)
            for y in accounts_b
        )

    def _own_date(self, key: str) -> bool:
        """Whether the account states a date of its own (not none, not carried over)."""
        account = self.accounts[key]
        return account.interval is not None and not account.date_carried

    def _dated_apart(self, a: int, b: int) -> bool:
        """Whether some account of one cluster states a date that another of the other
        contradicts: an account told without a date of its own, linking both, is too
        little to make August 4 and August 19 one event."""
        return any(
            dates_contradict(x, y, time_score(x, y, self.settings))
            for x in (self.accounts[k] for k in self.members[a])
            for y in (self.accounts[k] for k in self.members[b])
        )

    def _clusters_fit_in_time(self, a: int, b: int) -> bool:
        bounds_a, bounds_b = self._dated.get(a), self._dated.get(b)
        if bounds_a is None or bounds_b is None:
            return True
        gap = max((bounds_b[0] - bounds_a[1]).days, (bounds_a[0] - bounds_b[1]).days)
        return gap <= self.settings.time.max_gap_days

    def _choose(self, key: str, best: dict[int, tuple[int, float, str]]) -> Placement:
        must = [
            self.cluster_of[k] for k in self.constraints.must.get(key, ()) if k in self.cluster_of
        ]
        for cluster in must:
            if self._allowed(key, cluster):
                return Placement(cluster=cluster, via="decision")
        # A cluster whose dates agree with the account's own comes before one that
        # states dates contradicting it, however alike the words: the historian's "the
        # grenade attack on the Excelsior on August 14, and a second at the Rialto"
        # shares more words with the Rialto's account, and none of its date. Then a
        # cluster reached on more anchors (place, actors, words) comes first, and only
        # then the higher score: the score is a mean over the features both accounts
        # have, so a partner that lacks a place scores as high as one whose place
        # agrees, and the denial "the Front fired no shell at Ashvar" must meet the
        # shelling of Ashvar, not the Front's attack on a hill post that names no town.
        ranked = sorted(
            best.items(),
            key=lambda item: (self._contradicts(key, item[0]), -item[1][0], -item[1][1]),
        )
        for cluster, (_, score, partner) in ranked:
            if (
                self._allowed(key, cluster)
                and self._fits_in_time(key, cluster)
                and not self._document_dates_apart(key, cluster)
                and not self._dated_through_undated(key, cluster, partner)
                and not self._kept_apart_by_type(self.members[cluster], [key])
            ):
                return Placement(cluster=cluster, via="link", partner=partner, score=score)
        return Placement(cluster=self._new_id(), via="new")

    def _contradicts(self, key: str, cluster: int) -> bool:
        """Whether a member of the cluster states a date that the account's own contradicts."""
        account = self.accounts[key]
        return any(
            dates_contradict(account, other, time_score(account, other, self.settings))
            for other in (self.accounts[k] for k in self.members[cluster])
        )

    def _dated_through_undated(self, key: str, cluster: int, partner: str) -> bool:
        """Whether the account reaches the cluster only through an account with no date of
        its own while its own date contradicts a dated member's: "a bomb on October 19"
        that shares words with an undated "our fighters struck the Excelsior" is not
        thereby the attack another source dates August 14."""
        via = self.accounts[partner]
        if via.interval is not None and not via.date_carried:
            return False
        return self._contradicts(key, cluster)

    def _document_dates_apart(self, key: str, cluster: int) -> bool:
        """Whether the cluster holds an account that the new account's own document dates
        apart from it: through another source's account, "the ambush" of August 3 would
        otherwise join its writer's "operation" of August 24."""
        account = self.accounts[key]
        return any(
            told_apart(account, self.accounts[k], self.settings) for k in self.members[cluster]
        )

    def _allowed(self, key: str, cluster: int) -> bool:
        return not (self.constraints.cannot.get(key, set()) & self.members[cluster])

    def _pull_in_partners(self, key: str) -> None:
        """Merge clusters of must-link partners placed elsewhere (a merge decision)."""
        home = self.cluster_of[key]
        for partner in self.constraints.must.get(key, ()):
            other = self.cluster_of.get(partner)
            if other is None or other == home:
                continue
            if not any(
                self.constraints.cannot.get(k, set()) & self.members[home]
                for k in self.members[other]
            ):
                self.merge(home, other)

    def merge(self, into: int, other: int) -> None:
        """Move every member of ``other`` into ``into``."""
        self._dated.pop(other, None)
        for key in self.members.pop(other, set()):
            self._join(key, into)

    def clusters(self) -> Iterator[list[Account]]:
        """Every cluster's accounts, in the order they were filed."""
        for keys in self.members.values():
            if keys:
                yield sorted((self.accounts[k] for k in keys), key=lambda a: self._position[a.key])


def cluster_accounts(
    accounts: Sequence[Account],
    settings: Settings,
    similarity: TextSimilarity,
    *,
    constraints: Constraints | None = None,
    blocking: bool = True,
) -> Clusterer:
    """Place ``accounts`` one by one in a fresh clusterer (the batch form of the same rule)."""
    clusterer = Clusterer(settings, similarity, constraints=constraints, blocking=blocking)
    for account in accounts:
        clusterer.add(account)
    return clusterer
