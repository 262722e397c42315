package io.sirius.plugin.metadata.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.state.MetadataEntry;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataSearchRouteTest {
    /** Fixtures.SOURCE, as the SDK's {@code Address.plain()} sends it. */
    private static final String SOURCE_A = "SDQZ36BGC3GSGR5MZSRSI3U74UHKNRIPD73OCODY";
    private static final Address SOURCE_B = Address.fromHex("90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223");
    private static final PublicKey TARGET_A = Fixtures.TARGET;
    private static final PublicKey TARGET_B = Fixtures.SIGNER;
    private static final String E1 = "E92A2D4232698A6D63CFF470542EE759DC2C8303E776728398B7243B0AFD4DDF";
    private static final String E2 = "077C75C4452DA2167A417C220BF09672ED45B1BA115DBF24B5CAE452ECFE7291";
    private static final String E3 = "D14DEC9A5C67CC671B76B0DA16BBF426A6A6E5A1D5DBAA9AECFEA8CAF5D2C380";
    private static final String E4 = "C2901F6BC90B79F3FF51351073AA717163FB03E6D3B6B2E0BA0ABD2163ED1C86";
    private static final String E5 = "AA22B4BE24D3AE26D120E33839065A11381CABCDA92A8B5E5A0AB9B0C2522143";
    private static final String E6 = "B7AEFA2D873B56391821DFF1001D732F1964AF4E7A12FC64F9131BF0911FF87B";
    /** Type, then target id, then composite hash. */
    private static final List<String> BASE = List.of(E2, E1, E4, E3, E6, E5);

    private final InMemoryState state = Fixtures.state();
    private final List<MetadataEntry> entries = new ArrayList<>();

    /**
     * Six entries (source, target, scoped key, type, target id: value):
     * E1 (A, TA, name, account, 0: "hello"), E2 (A, TA, 1, account, 0: 90 00), E3 (B, TA, name, mosaic, MOSAIC: "abc"),
     * E4 (A, TB, name, mosaic, MOSAIC: "abd", extended and immutable), E5 (B, TB, 2, namespace, NAMESPACE: 10 00),
     * E6 (A, TB, 3, namespace, MOSAIC's number: FF).
     */
    MetadataSearchRouteTest() {
        put(new MetadataKey(Fixtures.SOURCE, TARGET_A, Fixtures.NAME_KEY, MetadataType.ACCOUNT, 0), Fixtures.bytes("hello"));
        put(new MetadataKey(Fixtures.SOURCE, TARGET_A, 1, MetadataType.ACCOUNT, 0), new byte[] {(byte) 0x90, 0});
        put(new MetadataKey(SOURCE_B, TARGET_A, Fixtures.NAME_KEY, MetadataType.MOSAIC, Fixtures.MOSAIC),
                Fixtures.bytes("abc"));
        entries.add(new MetadataEntry(new MetadataKey(Fixtures.SOURCE, TARGET_B, Fixtures.NAME_KEY, MetadataType.MOSAIC,
                Fixtures.MOSAIC), Fixtures.bytes("abd"), MetadataEntry.EXTENDED, true));
        Fixtures.put(state, entries.get(3));
        put(new MetadataKey(SOURCE_B, TARGET_B, 2, MetadataType.NAMESPACE, Fixtures.NAMESPACE), new byte[] {0x10, 0});
        put(new MetadataKey(Fixtures.SOURCE, TARGET_B, 3, MetadataType.NAMESPACE, Fixtures.MOSAIC), new byte[] {(byte) 0xFF});
    }

    private void put(MetadataKey key, byte[] value) {
        MetadataEntry entry = new MetadataEntry(key, value, MetadataEntry.PLAIN, false);
        entries.add(entry);
        Fixtures.put(state, entry);
    }

    /** 25 more account entries of A about TB, scoped keys 100.., each a single byte value (37 i mod 256); 31 in all. */
    private List<MetadataEntry> manyEntries() {
        List<MetadataEntry> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            MetadataEntry entry = new MetadataEntry(new MetadataKey(Fixtures.SOURCE, TARGET_B, 100 + i,
                    MetadataType.ACCOUNT, 0), new byte[] {(byte) (37 * i)}, MetadataEntry.PLAIN, false);
            Fixtures.put(state, entry);
            many.add(entry);
        }
        entries.addAll(many);
        return many;
    }

    private RouteResponse get(MetadataSearchRoute route, String... query) {
        TestRequest request = TestRequest.empty();
        for (int i = 0; i < query.length; i += 2) {
            request = request.query(query[i], query[i + 1]);
        }
        return route.handle(request, state.view());
    }

    private RouteResponse get(String... query) {
        return get(new MetadataSearchRoute(), query);
    }

    private static String[] split(String query) {
        List<String> parts = new ArrayList<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parts.add(pair.substring(0, eq));
            parts.add(pair.substring(eq + 1));
        }
        return parts.toArray(String[]::new);
    }

    /** @return the composite hashes of the page */
    @SuppressWarnings("unchecked")
    private static List<String> hashes(RouteResponse response) {
        assertEquals(200, response.status(), () -> String.valueOf(response.body()));
        List<Map<String, Object>> data = (List<Map<String, Object>>) ((Map<String, Object>) response.body()).get("data");
        return data.stream().map(m -> (String) ((Map<String, Object>) m.get("metadataEntry")).get("compositeHash"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pagination(RouteResponse response) {
        return (Map<String, Object>) ((Map<String, Object>) response.body()).get("pagination");
    }

    private static Map<String, Object> pagination(long total, long number, int size, long pages) {
        return Map.of("totalEntries", total, "pageNumber", number, "pageSize", size, "totalPages", pages);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String hash(MetadataEntry entry) {
        return entry.key().compositeHash().toHex();
    }

    /** The entries in the base order: type, target id (unsigned), composite hash. */
    private List<String> base() {
        return entries.stream().sorted(Comparator.<MetadataEntry>comparingInt(e -> e.key().targetType().code())
                .thenComparing(e -> e.key().targetId(), Long::compareUnsigned)
                .thenComparing(MetadataSearchRouteTest::hash)).map(MetadataSearchRouteTest::hash).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersEveryEntryInBaseOrderWithMetaIdAsTheSdksSearchReadsIt() {
        // Act
        RouteResponse response = get();

        // Assert: the exact body of E1, as GET /metadata_v2/{hash} shows it but with meta.id for id
        assertEquals(BASE, hashes(response));
        Map<String, Object> body = (Map<String, Object>) response.body();
        assertEquals(List.of("data", "pagination"), List.copyOf(body.keySet()));
        Map<String, Object> metadataEntry = new LinkedHashMap<>();
        metadataEntry.put("version", 1);
        metadataEntry.put("compositeHash", E1);
        metadataEntry.put("sourceAddress", "90E19DF82616CD2347ACCCA3246E9FE50EA6C50F1FF6E13878");
        metadataEntry.put("targetKey", TARGET_A.toHex());
        metadataEntry.put("scopedMetadataKey", new Uint64(Fixtures.NAME_KEY));
        metadataEntry.put("targetId", new Uint64(0));
        metadataEntry.put("metadataType", 0);
        metadataEntry.put("valueSize", 5);
        metadataEntry.put("value", "68656C6C6F");
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("data")).get(1);
        assertEquals(Map.of("metadataEntry", metadataEntry, "meta", Map.of("id", "E92A2D4232698A6D63CFF470")), first);
        assertEquals(List.of("metadataEntry", "meta"), List.copyOf(first.keySet()));
        assertEquals(List.copyOf(metadataEntry.keySet()), List.copyOf(((Map<String, Object>) first.get("metadataEntry")).keySet()));
        assertEquals(MetadataView.of(entries.get(3)).get("metadataEntry"),
                ((List<Map<String, Object>>) body.get("data")).get(2).get("metadataEntry"));
        assertEquals(pagination(6, 1, 20, 1), body.get("pagination"));
    }

    @Test
    void noEntriesIsAnEmptyPage() {
        // Act
        RouteResponse response = new MetadataSearchRoute().handle(TestRequest.empty(), Fixtures.state().view());

        // Assert
        assertEquals(RouteResponse.ok(Map.of("data", List.of(), "pagination", pagination(0, 1, 20, 0))), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sourceAddress=" + SOURCE_A + " | " + E2 + " " + E1 + " " + E4 + " " + E6,
        "sourceAddress=SDQZ36-BGC3GS-GR5MZS-RSI3U7-4UHKNR-IPD73O-CODY | " + E2 + " " + E1 + " " + E4 + " " + E6,
        "sourceAddress=90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223 | " + E3 + " " + E5,
        "targetKey=B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF | " + E2 + " " + E1 + " " + E3,
        "targetKey=6be33a7e2e1e761d87a4d01581ba4029ea38971d84de4e5dcdfd7a64c66f4806 | " + E4 + " " + E6 + " " + E5,
        "targetKey=0000000000000000000000000000000000000000000000000000000000000000 | ",
        "scopedMetadataKey=8F068EB919BD9C85 | " + E1 + " " + E4 + " " + E3,
        "scopedMetadataKey=8f068eb919bd9c85 | " + E1 + " " + E4 + " " + E3,
        "scopedMetadataKey=0000000000000001 | " + E2,
        "targetId=0DC67FBE1CAD29E3 | " + E4 + " " + E3 + " " + E6,
        "targetId=0DC67FBE1CAD29E3&metadataType=1 | " + E4 + " " + E3,
        "targetId=0DC67FBE1CAD29E3&metadataType=2 | " + E6,
        "targetId=0DC67FBE1CAD29E3&metadataType=0 | ",
        "targetId=0000000000000000 | " + E2 + " " + E1,
        "targetId=80000000000029E3 | " + E5,
        "metadataType=0 | " + E2 + " " + E1,
        "metadataType=1 | " + E4 + " " + E3,
        "metadataType=2 | " + E6 + " " + E5,
        "metadataType=3 | ",
        "metadataType=256 | ",
        "metadataType=9007199254740991 | ",
        "sourceAddress=" + SOURCE_A + "&targetKey=6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F4806 | " + E4 + " " + E6,
        "sourceAddress=" + SOURCE_A + "&scopedMetadataKey=8F068EB919BD9C85&metadataType=1 | " + E4,
        "sourceAddress=90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223&targetKey=B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF | " + E3,
        "scopedMetadataKey=8F068EB919BD9C85&targetId=0DC67FBE1CAD29E3&sourceAddress=90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223 | " + E3,
        "sourceAddress=&targetKey=&scopedMetadataKey=&targetId=&metadataType= | " + E2 + " " + E1 + " " + E4 + " " + E3 + " " + E6 + " " + E5})
    void everyGivenFilterMustHold(String query, String hashes) {
        // Act
        RouteResponse response = get(split(query));

        // Assert
        List<String> expected = hashes == null ? List.of() : Arrays.asList(hashes.split(" "));
        assertEquals(expected, hashes(response));
        assertEquals((long) expected.size(), pagination(response).get("totalEntries"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sortField=id | " + E2 + " " + E1 + " " + E4 + " " + E3 + " " + E6 + " " + E5,
        "order=desc | " + E5 + " " + E6 + " " + E3 + " " + E4 + " " + E1 + " " + E2,
        "order=Desc | " + E2 + " " + E1 + " " + E4 + " " + E3 + " " + E6 + " " + E5,
        "sortField=metadataEntry.valueSize | " + E6 + " " + E2 + " " + E5 + " " + E4 + " " + E3 + " " + E1,
        "sortField=metadataEntry.valueSize&order=desc | " + E1 + " " + E3 + " " + E4 + " " + E5 + " " + E2 + " " + E6,
        // by size, then bytes unsigned: 10 00 before 90 00, "abc" before "abd"
        "sortField=metadataEntry.value | " + E6 + " " + E5 + " " + E2 + " " + E3 + " " + E4 + " " + E1,
        "sortField=metadataEntry.value&order=desc | " + E1 + " " + E4 + " " + E3 + " " + E2 + " " + E5 + " " + E6,
        "sortField=metadataEntry.value&targetKey=6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F4806 | "
            + E6 + " " + E5 + " " + E4,
        "sortField=metadataEntry.valueSize&sourceAddress=" + SOURCE_A + " | " + E6 + " " + E2 + " " + E4 + " " + E1,
        "metadataType=0&order=desc | " + E1 + " " + E2})
    void sortsByValueSizeOrValueEqualOnesInBaseOrder(String query, String hashes) {
        // Act and Assert
        assertEquals(Arrays.asList(hashes.split(" ")), hashes(get(split(query))));
    }

    @ParameterizedTest(name = "pageSize={0} pageNumber={1} order={2}")
    @CsvSource(nullValues = "-", value = {
        // pageSize | pageNumber | order | page size | page number | first | count
        "-, -, -, 20, 1, 0, 20",
        "0, 0, -, 20, 1, 0, 20",
        "'', '', -, 20, 1, 0, 20",
        "3, 1, -, 10, 1, 0, 10",
        "10, 2, -, 10, 2, 10, 10",
        "10, 4, -, 10, 4, 30, 1",
        "10, 5, -, 10, 5, 31, 0",
        "101, 1, -, 100, 1, 0, 31",
        "20, 2, -, 20, 2, 20, 11",
        "10, 9007199254740991, -, 10, 9007199254740991, 31, 0",
        "10, 1, desc, 10, 1, 0, 10",
        "10, 4, desc, 10, 4, 30, 1",
        "10, 5, desc, 10, 5, 31, 0",
        "20, 2, desc, 20, 2, 20, 11"})
    void pagesCountFromOneWithRestsPageSizes(String pageSize, String pageNumber, String order, int size, long number,
            int first, int count) {
        // Arrange
        manyEntries();
        List<String> query = new ArrayList<>();
        if (pageSize != null) {
            query.addAll(List.of("pageSize", pageSize));
        }
        if (pageNumber != null) {
            query.addAll(List.of("pageNumber", pageNumber));
        }
        if (order != null) {
            query.addAll(List.of("order", order));
        }

        // Act: unfiltered (the count is the cache's and the scan stops at the page's end), and the same through a
        // filter every entry passes (a full scan)
        RouteResponse unfiltered = get(query.toArray(String[]::new));
        query.addAll(List.of("targetKey", "")); // empty: absent
        List<String> filteredQuery = new ArrayList<>(query);
        filteredQuery.addAll(List.of("sortField", "metadataEntry.valueSize"));

        // Assert
        List<String> ordered = order == null ? base() : reversed(base());
        assertEquals(ordered.subList(first, first + count), hashes(unfiltered));
        assertEquals(pagination(31, number, size, (31 + size - 1) / size), pagination(unfiltered));
        assertEquals(pagination(31, number, size, (31 + size - 1) / size),
                pagination(get(filteredQuery.toArray(String[]::new))));
    }

    @ParameterizedTest(name = "order={0}")
    @CsvSource(nullValues = "-", value = {"-", "desc"})
    void valueSortPagesThroughAGroupOfEqualSizes(String order) {
        // Arrange: 26 entries of one byte (the 25 and E6), then E5, E2 (2 bytes), E3, E4 (3), E1 (5)
        List<MetadataEntry> oneByte = new ArrayList<>(manyEntries());
        oneByte.add(entries.get(5));
        oneByte.sort(Comparator.comparingInt(e -> e.value()[0] & 0xFF));
        List<String> expected = new ArrayList<>(oneByte.stream().map(MetadataSearchRouteTest::hash).toList());
        expected.addAll(List.of(E5, E2, E3, E4, E1));
        if (order != null) {
            Collections.reverse(expected);
        }

        // Act: four pages of 10
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            List<String> query = new ArrayList<>(List.of("sortField", "metadataEntry.value", "pageSize", "10",
                    "pageNumber", String.valueOf(page)));
            if (order != null) {
                query.addAll(List.of("order", order));
            }
            RouteResponse response = get(query.toArray(String[]::new));
            assertEquals(pagination(31, page, 10, 4), pagination(response));
            pages.addAll(hashes(response));
        }

        // Assert
        assertEquals(expected, pages);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sourceAddress=SDQZ36BGC3GSGR5MZSRSI3U74UHKNRIPD73OCODZ | sourceAddress has an invalid format",
        "sourceAddress=SDQZ36BGC3GSGR5MZSRSI3U74UHKNRIPD73OCOD | sourceAddress has an invalid format",
        "sourceAddress=6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F4806 | sourceAddress has an invalid format",
        "targetKey=B4F12E | targetKey has an invalid format",
        "targetKey=" + SOURCE_A + " | targetKey has an invalid format",
        "scopedMetadataKey=8F068EB919BD9C8 | scopedMetadataKey has an invalid format",
        "scopedMetadataKey=name | scopedMetadataKey has an invalid format",
        "scopedMetadataKey=10358938939934432389 | scopedMetadataKey has an invalid format",
        "targetId=29E3 | targetId has an invalid format",
        "targetId=0DC67FBE1CAD29EX | targetId has an invalid format",
        "metadataType=-1 | metadataType has an invalid format",
        "metadataType=mosaic | metadataType has an invalid format",
        "metadataType=01 | metadataType has an invalid format",
        "metadataType=9007199254740992 | metadataType has an invalid format",
        "pageSize=ten | pageSize is not a valid unsigned integer",
        "pageSize=-10 | pageSize is not a valid unsigned integer",
        "pageNumber=1.0 | pageNumber is not a valid unsigned integer",
        "sortField=metadataEntry.targetKey | sortField must be metadataEntry.value or metadataEntry.valueSize",
        "sortField=value | sortField must be metadataEntry.value or metadataEntry.valueSize",
        "targetKey=x&sourceAddress=y | sourceAddress has an invalid format",
        "metadataType=x&pageSize=y | metadataType has an invalid format",
        "pageNumber=x&sortField=y | pageNumber is not a valid unsigned integer"})
    void badArgumentsAreInvalidArguments(String query, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), get(split(query)));
    }

    @Test
    void aSearchThatWouldVisitTooManyRowsIsRefused() {
        // Arrange: 31 entries, 27 of them from source A, and a route that visits at most 20 rows
        manyEntries();
        MetadataSearchRoute route = new MetadataSearchRoute(20, MetadataSearchRoute.MAX_VALUES);
        RouteResponse refused = RouteResponse.invalidArgument("the search visits more than 20 metadata entries: "
                + "narrow it with sourceAddress, targetKey, targetId or scopedMetadataKey");

        // Act and Assert
        assertEquals(refused, get(route, "sourceAddress", SOURCE_A));
        assertEquals(refused, get(route, "metadataType", "0"));
        assertEquals(refused, get(route, "sortField", "metadataEntry.valueSize"));
        assertEquals(List.of(E2, E1, E3), hashes(get(route, "targetKey", TARGET_A.toHex())));
        assertEquals(List.of(E4, E3, E6), hashes(get(route, "targetId", "0DC67FBE1CAD29E3")));
        // unfiltered: the first two pages of 10 end within 20 rows, the third and the first descending do not
        assertEquals(base().subList(0, 10), hashes(get(route, "pageSize", "10")));
        assertEquals(base().subList(10, 20), hashes(get(route, "pageSize", "10", "pageNumber", "2")));
        assertEquals(refused, get(route, "pageSize", "10", "pageNumber", "3"));
        assertEquals(refused, get(route, "order", "desc"));
    }

    @Test
    void aValueSortThatWouldCompareTooManyValuesOfOneSizeIsRefused() {
        // Arrange: 26 one-byte values; a route that looks up at most 20 values
        manyEntries();
        MetadataSearchRoute route = new MetadataSearchRoute(MetadataSearchRoute.MAX_VISITED, 20);

        // Act and Assert: page 1 lies in the 26 one-byte values; page 4 holds E1 alone, the only 5-byte value
        assertEquals(RouteResponse.invalidArgument(
                "sorting by metadataEntry.value compares more than 20 values of one size: narrow the search"),
                get(route, "sortField", "metadataEntry.value", "pageSize", "10"));
        assertEquals(List.of(E1), hashes(get(route, "sortField", "metadataEntry.value", "pageSize", "10",
                "pageNumber", "4")));
        // page 3 holds the last six one-byte values, so it compares all 26 of them again
        assertEquals(409, get(route, "sortField", "metadataEntry.value", "pageSize", "10", "pageNumber", "3").status());
    }
}
