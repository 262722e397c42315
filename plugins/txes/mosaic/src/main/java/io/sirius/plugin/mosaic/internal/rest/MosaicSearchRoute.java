package io.sirius.plugin.mosaic.internal.rest;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.InvalidArgumentException;
import io.sirius.api.rest.QueryArguments;
import io.sirius.api.rest.RouteArguments;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteHandler;
import io.sirius.api.rest.RouteRequest;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.SearchPaging;
import io.sirius.api.state.CacheView;
import io.sirius.api.state.IndexDescriptor;
import io.sirius.api.state.StateView;
import io.sirius.crypto.Addresses;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes.Row;
import io.sirius.plugin.mosaic.internal.state.MosaicIndexes;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicFlags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /mosaics}: js-xpx-chain-rest's mosaic search (the SDK's {@code searchMosaics} with its
 * {@code MosaicQueryParams}), answering {@code {data: [mosaic as MosaicJson shows it, with meta.id], pagination}}.
 *
 * <p>Query parameters, read in REST's order and with its messages (409 {@code InvalidArgument}):
 * <ul>
 *   <li>{@code holding} without {@code ownerPubKey}: {@code can't filter by holding when `ownerPubKey` is not
 *       provided}.</li>
 *   <li>{@code ownerPubKey} (64 hex digits): only that owner's mosaics; {@code holding=true} keeps those the owner holds
 *       (a balance above 0), {@code holding=false} those it does not. An owner whose account the chain does not know
 *       holds nothing (REST then ignores {@code holding}).</li>
 *   <li>{@code supply} (decimal uint64): exactly that supply. {@code mutable}, {@code transferable} ({@code true} or
 *       {@code false}): flag 0x01, 0x02 set or not. A value that does not parse: {@code <name> has an invalid
 *       format}.</li>
 *   <li>SearchPaging as {@link SearchPaging} reads it. {@code sortField}: {@code mosaic.height} or {@code mosaic.supply}; none (or
 *       {@code id}, REST's default) is insertion order, which here is the definition height then the id (Mongo's order
 *       within one block is its bulk write's, not the transactions'). Equal values keep that order. Another field:
 *       {@code sortField must be mosaic.height or mosaic.supply} (Mongo would sort by a missing field, i.e. not at
 *       all). {@code order=desc} reverses the whole order.</li>
 * </ul>
 *
 * <p>The work is one scan of one of the plugin's indexes ({@link MosaicIndexes}), whose rows carry the flags and
 * supply, plus one cache lookup per mosaic on the page (and one account lookup for {@code holding}): the owner's rows
 * when {@code ownerPubKey} is given, else the rows of the given supply, else every mosaic. The scan reads the whole
 * prefix to count the matches, so it is bounded: a search that would visit more than {@value #MAX_VISITED} rows
 * answers 409 {@code the search visits more than 100000 mosaics: narrow it with ownerPubKey or supply}. A search
 * with no filter at all in insertion (or height) order takes its count from the cache's size and stops after the
 * page, so it visits only the rows before its page's end.
 */
public final class MosaicSearchRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/mosaics";
    /** The most index rows one search visits. */
    public static final int MAX_VISITED = 100_000;

    private final int maxVisited;

    /** A route that visits at most {@link #MAX_VISITED} rows per search. */
    public MosaicSearchRoute() {
        this(MAX_VISITED);
    }

    /** @param maxVisited the most index rows one search visits (tests lower it) */
    MosaicSearchRoute(int maxVisited) {
        this.maxVisited = maxVisited;
    }

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MosaicSearchRoute());
    }

    @Override
    public RouteResponse handle(RouteRequest request, StateView state) {
        Query query;
        try {
            query = Query.of(request);
        } catch (InvalidArgumentException e) {
            return RouteResponse.invalidArgument(e.getMessage());
        }
        SearchPaging paging = query.paging();
        List<Row> page;
        long total;
        if (query.unfiltered() && query.sort() != Sort.SUPPLY) {
            total = state.cache(MosaicCache.DESCRIPTOR).size();
            SearchPaging.Window range = paging.window(total);
            if (!range.isEmpty() && range.end() > maxVisited) {
                return tooBroad();
            }
            page = window(state, range.start(), range.end());
            if (paging.descending()) {
                Collections.reverse(page);
            }
        } else {
            List<Row> matches = matches(state, query);
            if (matches == null) {
                return tooBroad();
            }
            if (paging.descending()) {
                Collections.reverse(matches);
            }
            total = matches.size();
            long from = Math.min(total, paging.skip());
            page = matches.subList((int) from, (int) Math.min(total, from + paging.pageSize()));
        }
        CacheView<MosaicId, MosaicEntry> cache = state.cache(MosaicCache.DESCRIPTOR);
        List<Map<String, Object>> data = new ArrayList<>(page.size());
        for (Row row : page) {
            data.add(MosaicJson.of(cache.find(row.mosaicId()).orElseThrow(() -> new IllegalStateException(
                    "mosaic " + row.mosaicId() + " is in the plugin's indexes but not in its cache"))));
        }
        return RouteResponse.ok(paging.body(data, total));
    }

    private RouteResponse tooBroad() {
        return RouteResponse.invalidArgument("the search visits more than " + maxVisited
                + " mosaics: narrow it with ownerPubKey or supply");
    }

    /** The rows at positions [start, end) of {@link MosaicIndexes#BY_HEIGHT}, ascending. */
    private static List<Row> window(StateView state, long start, long end) {
        List<Row> rows = new ArrayList<>();
        if (start >= end) {
            return rows;
        }
        long[] position = {0};
        state.index(MosaicIndexes.BY_HEIGHT).scan(new byte[0], (key, value) -> {
            if (position[0] >= start) {
                rows.add(MosaicIndexes.row(key, value));
            }
            return ++position[0] < end;
        });
        return rows;
    }

    /** Every match in ascending order, or null if finding them visits more than {@link #maxVisited} rows. */
    private List<Row> matches(StateView state, Query query) {
        IndexDescriptor index;
        byte[] prefix;
        if (query.owner().isPresent()) {
            index = MosaicIndexes.BY_OWNER;
            prefix = MosaicIndexes.ownerPrefix(query.owner().get());
        } else if (query.supply().isPresent()) {
            index = MosaicIndexes.BY_SUPPLY;
            prefix = MosaicIndexes.supplyPrefix(query.supply().get());
        } else {
            index = MosaicIndexes.BY_HEIGHT;
            prefix = new byte[0];
        }
        Predicate<Row> keep = query.rowFilter(state);
        List<Row> matches = new ArrayList<>();
        long[] visited = {0};
        state.index(index).scan(prefix, (key, value) -> {
            if (++visited[0] > maxVisited) {
                return false;
            }
            Row row = MosaicIndexes.row(key, value);
            if (keep.test(row)) {
                matches.add(row);
            }
            return true;
        });
        if (visited[0] > maxVisited) {
            return null;
        }
        matches.sort(query.sort().order);
        return matches;
    }

    /** The sort fields. */
    private enum Sort {
        NONE(Comparator.comparing(Row::height, Long::compareUnsigned)
                .thenComparing(r -> r.mosaicId().value(), Long::compareUnsigned)),
        HEIGHT(NONE.order),
        SUPPLY(Comparator.comparing(Row::supply, Long::compareUnsigned).thenComparing(NONE.order));

        final Comparator<Row> order;

        Sort(Comparator<Row> order) {
            this.order = order;
        }

        static Sort of(Optional<String> field) {
            if (field.isEmpty() || field.get().equals("id")) {
                return NONE;
            }
            return switch (field.get()) {
                case "mosaic.height" -> HEIGHT;
                case "mosaic.supply" -> SUPPLY;
                default -> throw new InvalidArgumentException("sortField must be mosaic.height or mosaic.supply");
            };
        }
    }

    /** A search's arguments. */
    private record Query(Optional<PublicKey> owner, Optional<Long> supply, Optional<Boolean> mutable,
            Optional<Boolean> transferable, Optional<Boolean> holding, SearchPaging paging, Sort sort) {

        static Query of(RouteRequest request) {
            Optional<String> owner = QueryArguments.given(request, "ownerPubKey");
            Optional<String> holding = request.queryParameter("holding");
            if (holding.isPresent() && owner.isEmpty()) {
                throw new InvalidArgumentException("can't filter by holding when `ownerPubKey` is not provided");
            }
            return new Query(
                    owner.map(text -> RouteArguments.publicKey(text, "ownerPubKey")),
                    QueryArguments.given(request, "supply").map(text -> RouteArguments.uint64(text, "supply")),
                    QueryArguments.given(request, "mutable").map(text -> QueryArguments.bool(text, "mutable")),
                    QueryArguments.given(request, "transferable").map(text -> QueryArguments.bool(text, "transferable")),
                    holding.map(text -> QueryArguments.bool(text, "holding")),
                    SearchPaging.of(request),
                    Sort.of(QueryArguments.given(request, "sortField")));
        }

        boolean unfiltered() {
            return owner.isEmpty() && supply.isEmpty() && mutable.isEmpty() && transferable.isEmpty();
        }

        /** What a row of the scanned index must satisfy beyond its prefix. */
        Predicate<Row> rowFilter(StateView state) {
            Predicate<Row> keep = row -> true;
            if (supply.isPresent()) {
                long wanted = supply.get();
                keep = keep.and(row -> row.supply() == wanted);
            }
            if (mutable.isPresent()) {
                boolean wanted = mutable.get();
                keep = keep.and(row -> MosaicFlags.has(row.flags(), MosaicFlags.SUPPLY_MUTABLE) == wanted);
            }
            if (transferable.isPresent()) {
                boolean wanted = transferable.get();
                keep = keep.and(row -> MosaicFlags.has(row.flags(), MosaicFlags.TRANSFERABLE) == wanted);
            }
            if (holding.isPresent()) {
                Set<MosaicId> held = held(state, owner.orElseThrow());
                boolean wanted = holding.get();
                keep = keep.and(row -> held.contains(row.mosaicId()) == wanted);
            }
            return keep;
        }
    }

    /**
     * @return the mosaics the owner's account holds (a balance above 0); none if the chain does not know the account.
     *     A route is not told the network, so the key is tried as an address of each: the account cache holds one
     *     network's addresses, so at most one is found.
     */
    private static Set<MosaicId> held(StateView state, PublicKey owner) {
        CacheView<Address, AccountState> accounts = state.cache(AccountStateCache.DESCRIPTOR);
        for (NetworkType network : NetworkType.values()) {
            Optional<AccountState> account = accounts.find(Addresses.of(owner, network));
            if (account.isPresent()) {
                Set<MosaicId> held = new HashSet<>();
                account.get().balances().forEach((id, amount) -> {
                    if (!amount.equals(Amount.ZERO)) {
                        held.add(id);
                    }
                });
                return held;
            }
        }
        return Set.of();
    }
}
