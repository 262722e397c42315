package io.sirius.plugin.metadata.internal.rest;

import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
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
import io.sirius.plugin.metadata.internal.state.MetadataIndexes.Row;
import io.sirius.plugin.metadata.internal.state.MetadataIndexes;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataCache;
import io.sirius.plugin.metadata.state.MetadataEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /metadata_v2}: js-xpx-chain-rest's metadata_v2 search (the SDK's {@code searchMetadata} with its
 * {@code MetadataQueryParams}), answering {@code {data: [{metadataEntry, meta: {id}}], pagination}}; each entry as
 * {@link MetadataView#inSearch} shows it (the SDK reads {@code meta.id} here, not the top-level {@code id} of
 * {@code GET /metadata_v2/{compositeHash}}).
 *
 * <p>Query parameters, in REST's order and with its messages (409 {@code InvalidArgument},
 * {@code <name> has an invalid format}); an argument given empty counts as absent; every given filter must hold:
 * <ul>
 *   <li>{@code sourceAddress}: an address (base32 as the SDK's {@code Address.plain()} sends it, dashes allowed, or 50
 *       hex digits);</li>
 *   <li>{@code targetKey}: a public key (64 hex digits);</li>
 *   <li>{@code scopedMetadataKey}, {@code targetId}: 16 hex digits (REST's {@code uint64hex}), as the SDK's
 *       {@code toHex()} sends them; the target id of a mosaic is the resolved mosaic id the entry is stored under;</li>
 *   <li>{@code metadataType}: an unsigned integer, 0 account, 1 mosaic, 2 namespace (another value matches
 *       nothing);</li>
 *   <li>paging as {@link SearchPaging} reads it; {@code sortField}: {@code metadataEntry.value} or
 *       {@code metadataEntry.valueSize} (none, or {@code id}, REST's default, is the base order below), else
 *       {@code sortField must be metadataEntry.value or metadataEntry.valueSize}.</li>
 * </ul>
 *
 * <p><b>Order.</b> REST's default is insertion order (Mongo's {@code _id}); this node does not know when an entry was
 * created (a removal and its rollback would lose it), so its base order is the entry's target: metadata type, then
 * target id, then composite hash. {@code metadataEntry.valueSize} sorts by size, {@code metadataEntry.value} as Mongo
 * sorts binary values: by size, then byte by byte (unsigned); equal values keep the base order. {@code order=desc}
 * reverses the whole order.
 *
 * <p><b>Work.</b> One scan of one of the plugin's indexes ({@link MetadataIndexes}), whose rows carry the entry's key
 * and value size, plus one cache lookup per entry on the page: the rows of the given target id (of each type, if no
 * {@code metadataType}), else of the target key, else of the source, else of the scoped key, else of the type, else
 * every entry. Counting the matches reads the whole prefix, so a search visits at most {@value #MAX_VISITED} rows and
 * otherwise answers 409 {@code the search visits more than 100000 metadata entries: narrow it with sourceAddress,
 * targetKey, targetId or scopedMetadataKey}. A search with no filter in base order counts with the cache's size and
 * stops at the end of its page. Sorting by value looks up the values of the entries whose size the page shares, at
 * most {@value #MAX_VALUES} (else 409 {@code sorting by metadataEntry.value compares more than 10000 values of one
 * size: narrow the search}).
 */
public final class MetadataSearchRoute implements RouteHandler {
    /** The route's path. */
    public static final String PATH = "/metadata_v2";
    /** The most index rows one search visits. */
    public static final int MAX_VISITED = 100_000;
    /** The most values one search sorted by value looks up. */
    public static final int MAX_VALUES = 10_000;

    private final int maxVisited;
    private final int maxValues;

    /** A route with the bounds {@link #MAX_VISITED} and {@link #MAX_VALUES}. */
    public MetadataSearchRoute() {
        this(MAX_VISITED, MAX_VALUES);
    }

    /**
     * @param maxVisited the most index rows one search visits (tests lower it)
     * @param maxValues the most values one search sorted by value looks up (tests lower it)
     */
    MetadataSearchRoute(int maxVisited, int maxValues) {
        this.maxVisited = maxVisited;
        this.maxValues = maxValues;
    }

    /** @return the route, for the plugin's registration */
    public static RouteDescriptor descriptor() {
        return new RouteDescriptor("GET", PATH, new MetadataSearchRoute());
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
        CacheView<Hash256, MetadataEntry> cache = state.cache(MetadataCache.DESCRIPTOR);
        Map<Hash256, MetadataEntry> looked = new HashMap<>();
        List<Row> page;
        long total;
        if (query.unfiltered() && query.sort() == Sort.NONE) {
            total = cache.size();
            SearchPaging.Window range = paging.window(total);
            if (!range.isEmpty() && range.end() > maxVisited) {
                return tooBroad();
            }
            page = window(state, range.start(), range.end());
        } else {
            List<Row> matches = matches(state, query);
            if (matches == null) {
                return tooBroad();
            }
            matches.sort(query.sort() == Sort.NONE ? BASE : BY_SIZE);
            total = matches.size();
            SearchPaging.Window range = paging.window(total);
            int start = (int) range.start();
            int end = (int) range.end();
            if (query.sort() == Sort.VALUE && start < end && !sortByValue(matches, start, end, cache, looked)) {
                return RouteResponse.invalidArgument("sorting by metadataEntry.value compares more than " + maxValues
                        + " values of one size: narrow the search");
            }
            page = new ArrayList<>(matches.subList(start, end));
        }
        if (paging.descending()) {
            Collections.reverse(page);
        }
        List<Map<String, Object>> data = new ArrayList<>(page.size());
        for (Row row : page) {
            MetadataEntry entry = looked.containsKey(row.compositeHash()) ? looked.get(row.compositeHash())
                    : find(cache, row.compositeHash());
            data.add(MetadataView.inSearch(entry));
        }
        return RouteResponse.ok(paging.body(data, total));
    }

    private RouteResponse tooBroad() {
        return RouteResponse.invalidArgument("the search visits more than " + maxVisited
                + " metadata entries: narrow it with sourceAddress, targetKey, targetId or scopedMetadataKey");
    }

    private static MetadataEntry find(CacheView<Hash256, MetadataEntry> cache, Hash256 hash) {
        return cache.find(hash).orElseThrow(() -> new IllegalStateException(
                "metadata " + hash + " is in the plugin's indexes but not in its cache"));
    }

    /** The base order: type, target id, composite hash (the key order of {@link MetadataIndexes#BY_TARGET_ID}). */
    private static final Comparator<Row> BASE = Comparator.comparingInt(Row::metadataType)
            .thenComparing(Row::targetId, Long::compareUnsigned)
            .thenComparing((a, b) -> Arrays.compareUnsigned(a.compositeHash().bytes(), b.compositeHash().bytes()));
    /** Value size, then the base order. */
    private static final Comparator<Row> BY_SIZE = Comparator.comparingInt(Row::valueSize).thenComparing(BASE);

    /** The rows at positions [start, end) of {@link MetadataIndexes#BY_TARGET_ID}, ascending. */
    private static List<Row> window(StateView state, long start, long end) {
        List<Row> rows = new ArrayList<>();
        if (start >= end) {
            return rows;
        }
        long[] position = {0};
        state.index(MetadataIndexes.BY_TARGET_ID).scan(new byte[0], (key, value) -> {
            if (position[0] >= start) {
                rows.add(MetadataIndexes.row(key, value));
            }
            return ++position[0] < end;
        });
        return rows;
    }

    /** Every match, unordered, or null if finding them visits more than {@link #maxVisited} rows. */
    private List<Row> matches(StateView state, Query query) {
        List<Row> matches = new ArrayList<>();
        long[] visited = {0};
        for (Scan scan : query.scans()) {
            state.index(scan.index()).scan(scan.prefix(), (key, value) -> {
                if (++visited[0] > maxVisited) {
                    return false;
                }
                Row row = MetadataIndexes.row(key, value);
                if (query.keeps(row)) {
                    matches.add(row);
                }
                return true;
            });
            if (visited[0] > maxVisited) {
                return null;
            }
        }
        return matches;
    }

    /**
     * Sorts by value the rows of {@code matches} (sorted by size) whose size a row of [start, end) has, looking their
     * values up.
     *
     * @return false if that would look up more than {@link #maxValues} values
     */
    private boolean sortByValue(List<Row> matches, int start, int end, CacheView<Hash256, MetadataEntry> cache,
            Map<Hash256, MetadataEntry> looked) {
        int from = start;
        while (from > 0 && matches.get(from - 1).valueSize() == matches.get(start).valueSize()) {
            from--;
        }
        int to = end;
        while (to < matches.size() && matches.get(to).valueSize() == matches.get(end - 1).valueSize()) {
            to++;
        }
        if (to - from > maxValues) {
            return false;
        }
        for (Row row : matches.subList(from, to)) {
            looked.put(row.compositeHash(), find(cache, row.compositeHash()));
        }
        matches.subList(from, to).sort(Comparator.comparingInt(Row::valueSize)
                .thenComparing((a, b) -> Arrays.compareUnsigned(looked.get(a.compositeHash()).value(),
                        looked.get(b.compositeHash()).value()))
                .thenComparing(BASE));
        return true;
    }

    /** The sort fields. */
    private enum Sort {
        NONE, VALUE, VALUE_SIZE;

        static Sort of(Optional<String> field) {
            if (field.isEmpty() || field.get().equals("id")) {
                return NONE;
            }
            return switch (field.get()) {
                case "metadataEntry.value" -> VALUE;
                case "metadataEntry.valueSize" -> VALUE_SIZE;
                default -> throw new InvalidArgumentException(
                        "sortField must be metadataEntry.value or metadataEntry.valueSize");
            };
        }
    }

    /** One prefix scan of one index. */
    private record Scan(IndexDescriptor index, byte[] prefix) {
    }

    /** A search's arguments. */
    private record Query(Optional<Address> source, Optional<PublicKey> targetKey, Optional<Long> scopedKey,
            Optional<Long> targetId, Optional<Long> type, SearchPaging paging, Sort sort) {

        static Query of(RouteRequest request) {
            return new Query(
                    QueryArguments.given(request, "sourceAddress").map(t -> RouteArguments.address(t, "sourceAddress")),
                    QueryArguments.given(request, "targetKey").map(t -> RouteArguments.publicKey(t, "targetKey")),
                    QueryArguments.given(request, "scopedMetadataKey")
                            .map(t -> RouteArguments.hexId(t, "scopedMetadataKey")),
                    QueryArguments.given(request, "targetId").map(t -> RouteArguments.hexId(t, "targetId")),
                    QueryArguments.given(request, "metadataType").map(Query::type),
                    SearchPaging.of(request),
                    Sort.of(QueryArguments.given(request, "sortField")));
        }

        private static long type(String text) {
            long type = QueryArguments.tryParseUint(text);
            if (type < 0) {
                throw new InvalidArgumentException("metadataType has an invalid format");
            }
            return type;
        }

        boolean unfiltered() {
            return source.isEmpty() && targetKey.isEmpty() && scopedKey.isEmpty() && targetId.isEmpty() && type.isEmpty();
        }

        /** The index prefixes whose rows hold every match. */
        List<Scan> scans() {
            if (type.isPresent() && type.get() > 0xFF) {
                return List.of();
            }
            if (targetId.isPresent()) {
                if (type.isPresent()) {
                    return List.of(new Scan(MetadataIndexes.BY_TARGET_ID,
                            MetadataIndexes.targetIdPrefix(type.get().intValue(), targetId.get())));
                }
                List<Scan> scans = new ArrayList<>();
                for (MetadataType each : MetadataType.values()) {
                    scans.add(new Scan(MetadataIndexes.BY_TARGET_ID,
                            MetadataIndexes.targetIdPrefix(each.code(), targetId.get())));
                }
                return scans;
            }
            if (targetKey.isPresent()) {
                return List.of(new Scan(MetadataIndexes.BY_TARGET_KEY, MetadataIndexes.targetKeyPrefix(targetKey.get())));
            }
            if (source.isPresent()) {
                return List.of(new Scan(MetadataIndexes.BY_SOURCE, MetadataIndexes.sourcePrefix(source.get())));
            }
            if (scopedKey.isPresent()) {
                return List.of(new Scan(MetadataIndexes.BY_SCOPED_KEY, MetadataIndexes.scopedKeyPrefix(scopedKey.get())));
            }
            if (type.isPresent()) {
                return List.of(new Scan(MetadataIndexes.BY_TARGET_ID, MetadataIndexes.typePrefix(type.get().intValue())));
            }
            return List.of(new Scan(MetadataIndexes.BY_TARGET_ID, new byte[0]));
        }

        /** Whether a row satisfies every given filter. */
        boolean keeps(Row row) {
            return source.map(row.sourceAddress()::equals).orElse(true)
                    && targetKey.map(row.targetKey()::equals).orElse(true)
                    && scopedKey.map(k -> k == row.scopedMetadataKey()).orElse(true)
                    && targetId.map(id -> id == row.targetId()).orElse(true)
                    && type.map(t -> t == row.metadataType()).orElse(true);
        }
    }
}
