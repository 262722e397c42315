package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.MosaicId;
import io.sirius.api.rest.RouteResponse;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MosaicSearchRouteTest {
    private static final String ENTRY = "36CC4F72E42A81D3";
    private static final String M1 = "0000000000000A01";
    private static final String M2 = "0000000000000A02";
    private static final String M3 = "0000000000000A03";
    private static final String M4 = "8000000000000A04";
    private static final String M5 = "0000000000000A05";
    /** Insertion order: definition height, then id. */
    private static final List<String> INSERTION = List.of(M3, ENTRY, M1, M2, M4, M5);

    private final InMemoryState state = Fixtures.state();

    /**
     * Six mosaics (id: owner, height, flags, supply): ENTRY of MosaicRouteTest (OWNER, 7, 2, 2^32 + 5); M1 (OWNER, 10,
     * 3, 500); M2 (OTHER, 10, 2, 0); M3 (OWNER, 5, 1, 1000); M4 (OWNER, 20, 0, 500); M5 (THIRD, 30, 2, 2^40). OWNER's
     * account holds ENTRY and M1 and has a zero balance of M3; THIRD has no account.
     */
    MosaicSearchRouteTest() {
        Fixtures.put(state, MosaicRouteTest.ENTRY);
        Fixtures.put(state, Fixtures.mosaic(id(M1), Fixtures.OWNER, 10, 0, 3, 500));
        Fixtures.put(state, Fixtures.mosaic(id(M2), Fixtures.OTHER, 10, 0, 2, 0));
        Fixtures.put(state, Fixtures.mosaic(id(M3), Fixtures.OWNER, 5, 0, 1, 1000));
        Fixtures.put(state, Fixtures.mosaic(id(M4), Fixtures.OWNER, 20, 0, 0, 500));
        Fixtures.put(state, Fixtures.mosaic(id(M5), Fixtures.THIRD, 30, 0, 2, 1L << 40));
        Fixtures.account(state, Fixtures.OWNER, id(ENTRY).value(), 1, id(M1).value(), 5, id(M3).value(), 0);
        Fixtures.account(state, Fixtures.OTHER, id(M2).value(), 9);
    }

    private static MosaicId id(String hex) {
        return new MosaicId(Long.parseUnsignedLong(hex, 16));
    }

    private RouteResponse get(MosaicSearchRoute route, String... query) {
        TestRequest request = TestRequest.empty();
        for (int i = 0; i < query.length; i += 2) {
            request = request.query(query[i], query[i + 1]);
        }
        return route.handle(request, state.view());
    }

    private RouteResponse get(String... query) {
        return get(new MosaicSearchRoute(), query);
    }

    /** @return the ids of the page, as meta.id shows them */
    @SuppressWarnings("unchecked")
    private static List<String> ids(RouteResponse response) {
        assertEquals(200, response.status(), () -> String.valueOf(response.body()));
        List<Map<String, Object>> data = (List<Map<String, Object>>) ((Map<String, Object>) response.body()).get("data");
        return data.stream().map(m -> (String) ((Map<String, Object>) m.get("meta")).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pagination(RouteResponse response) {
        return (Map<String, Object>) ((Map<String, Object>) response.body()).get("pagination");
    }

    private static Map<String, Object> pagination(long total, long number, int size, long pages) {
        return Map.of("totalEntries", total, "pageNumber", number, "pageSize", size, "totalPages", pages);
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void answersEveryMosaicInInsertionOrderAsTheSdkReadsThem() {
        // Act
        RouteResponse response = get();

        // Assert: the exact body; each mosaic as GET /mosaic/{id} shows it, meta.id included
        assertEquals(INSERTION, ids(response));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) response.body();
        assertEquals(List.of("data", "pagination"), List.copyOf(body.keySet()));
        assertEquals(MosaicRouteTest.expected(), ((List<?>) body.get("data")).get(1));
        assertEquals(pagination(6, 1, 20, 1), body.get("pagination"));
        assertEquals(List.of("totalEntries", "pageNumber", "pageSize", "totalPages"),
                List.copyOf(pagination(response).keySet()));
    }

    @Test
    void anEmptyChainHasAnEmptyPage() {
        // Act
        RouteResponse response = new MosaicSearchRoute().handle(TestRequest.empty(), Fixtures.state().view());

        // Assert
        assertEquals(RouteResponse.ok(Map.of("data", List.of(), "pagination", pagination(0, 1, 20, 0))), response);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // query (name=value&...) | ids
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117 | " + M3 + " " + ENTRY + " " + M1 + " " + M4,
        "ownerPubKey=817ced3c2846a792139b359149a1bbba4cdc3f26136f093aa3dcc9dd7b41e117 | " + M3 + " " + ENTRY + " " + M1 + " " + M4,
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&holding=true | " + ENTRY + " " + M1,
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&holding=false | " + M3 + " " + M4,
        "ownerPubKey=B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF&holding=true | " + M2,
        "ownerPubKey=3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262&holding=true | ",
        "ownerPubKey=3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262&holding=false | " + M5,
        "ownerPubKey=0000000000000000000000000000000000000000000000000000000000000000 | ",
        "supply=500 | " + M1 + " " + M4,
        "supply=0 | " + M2,
        "supply=4294967301 | " + ENTRY,
        "supply=18446744073709551615 | ",
        "supply=00500 | " + M1 + " " + M4,
        "mutable=true | " + M3 + " " + M1,
        "mutable=false | " + ENTRY + " " + M2 + " " + M4 + " " + M5,
        "transferable=true | " + ENTRY + " " + M1 + " " + M2 + " " + M5,
        "transferable=false | " + M3 + " " + M4,
        "mutable=true&transferable=true | " + M1,
        "mutable=false&transferable=false | " + M4,
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&supply=500 | " + M1 + " " + M4,
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&mutable=false | " + ENTRY + " " + M4,
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&holding=false&supply=1000 | " + M3,
        "supply=500&transferable=true | " + M1,
        "ownerPubKey=&supply=&mutable=&transferable= | " + M3 + " " + ENTRY + " " + M1 + " " + M2 + " " + M4 + " " + M5})
    void filtersKeepInsertionOrder(String query, String ids) {
        // Act
        RouteResponse response = get(split(query));

        // Assert
        List<String> expected = ids == null ? List.of() : Arrays.asList(ids.split(" "));
        assertEquals(expected, ids(response));
        assertEquals((long) expected.size(), pagination(response).get("totalEntries"));
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sortField=mosaic.height | " + M3 + " " + ENTRY + " " + M1 + " " + M2 + " " + M4 + " " + M5,
        "sortField=mosaic.height&order=asc | " + M3 + " " + ENTRY + " " + M1 + " " + M2 + " " + M4 + " " + M5,
        "sortField=mosaic.height&order=desc | " + M5 + " " + M4 + " " + M2 + " " + M1 + " " + ENTRY + " " + M3,
        "sortField=id&order=desc | " + M5 + " " + M4 + " " + M2 + " " + M1 + " " + ENTRY + " " + M3,
        "order=desc | " + M5 + " " + M4 + " " + M2 + " " + M1 + " " + ENTRY + " " + M3,
        "order=DESC | " + M3 + " " + ENTRY + " " + M1 + " " + M2 + " " + M4 + " " + M5,
        "sortField=mosaic.supply | " + M2 + " " + M1 + " " + M4 + " " + M3 + " " + ENTRY + " " + M5,
        "sortField=mosaic.supply&order=desc | " + M5 + " " + ENTRY + " " + M3 + " " + M4 + " " + M1 + " " + M2,
        "sortField=mosaic.supply&ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117 | "
            + M1 + " " + M4 + " " + M3 + " " + ENTRY,
        "sortField=mosaic.supply&supply=500&order=desc | " + M4 + " " + M1,
        "sortField=mosaic.height&transferable=true&order=desc | " + M5 + " " + M2 + " " + M1 + " " + ENTRY})
    void sortsByHeightOrSupplyEqualValuesInInsertionOrder(String query, String ids) {
        // Act and Assert
        assertEquals(Arrays.asList(ids.split(" ")), ids(get(split(query))));
    }

    /** 25 more mosaics of THIRD, defined at 100..124, flags 2 for even heights; 31 in all. */
    private void manyMosaics() {
        for (int i = 0; i < 25; i++) {
            Fixtures.put(state, Fixtures.mosaic(new MosaicId(0x7000 + i), Fixtures.THIRD, 100 + i, 0, i % 2 == 0 ? 2 : 0, i));
        }
    }

    private static List<String> many(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(new MosaicId(0x7000 + i).toHex());
        }
        return ids;
    }

    private List<String> all() {
        List<String> all = new ArrayList<>(INSERTION);
        all.addAll(many(0, 25));
        return all;
    }

    @ParameterizedTest(name = "pageSize={0} pageNumber={1} order={2}")
    @CsvSource(nullValues = "-", value = {
        // pageSize | pageNumber | order | page size | page number | first | count
        "-, -, -, 20, 1, 0, 20",
        "0, 0, -, 20, 1, 0, 20",
        "'', '', -, 20, 1, 0, 20",
        "5, 1, -, 10, 1, 0, 10",
        "10, 2, -, 10, 2, 10, 10",
        "10, 4, -, 10, 4, 30, 1",
        "10, 5, -, 10, 5, 31, 0",
        "1000, 1, -, 100, 1, 0, 31",
        "20, 2, -, 20, 2, 20, 11",
        "20, 9007199254740991, -, 20, 9007199254740991, 31, 0",
        "10, 1, desc, 10, 1, 0, 10",
        "10, 4, desc, 10, 4, 30, 1",
        "10, 5, desc, 10, 5, 31, 0",
        "20, 2, desc, 20, 2, 20, 11"})
    void pagesCountFromOneWithRestsPageSizes(String pageSize, String pageNumber, String order, int size, long number,
            int first, int count) {
        // Arrange
        manyMosaics();
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

        // Act
        RouteResponse response = get(query.toArray(String[]::new));

        // Assert: unfiltered, the count is the cache's and the scan stops after the page
        List<String> ordered = order == null ? all() : reversed(all());
        assertEquals(ordered.subList(first, first + count), ids(response));
        assertEquals(pagination(31, number, size, (31 + size - 1) / size), pagination(response));
    }

    @ParameterizedTest(name = "pageNumber={0} order={1}")
    @CsvSource(nullValues = "-", value = {"1, -", "2, -", "3, -", "1, desc", "2, desc", "3, desc"})
    void filteredSearchesPageTheirMatches(String pageNumber, String order) {
        // Arrange: transferable: ENTRY, M1, M2, M5 and the 13 even ones, 17 in all
        manyMosaics();
        List<String> matches = new ArrayList<>(List.of(ENTRY, M1, M2, M5));
        for (int i = 0; i < 25; i += 2) {
            matches.add(new MosaicId(0x7000 + i).toHex());
        }
        List<String> ordered = order == null ? matches : reversed(matches);
        int page = Integer.parseInt(pageNumber);
        List<String> query = new ArrayList<>(List.of("transferable", "true", "pageSize", "10", "pageNumber", pageNumber));
        if (order != null) {
            query.addAll(List.of("order", order));
        }

        // Act
        RouteResponse response = get(query.toArray(String[]::new));

        // Assert
        assertEquals(ordered.subList(Math.min(17, (page - 1) * 10), Math.min(17, page * 10)), ids(response));
        assertEquals(pagination(17, page, 10, 2), pagination(response));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "holding=true | can't filter by holding when `ownerPubKey` is not provided",
        "holding= | can't filter by holding when `ownerPubKey` is not provided",
        "holding=true&ownerPubKey= | can't filter by holding when `ownerPubKey` is not provided",
        "holding=x&supply=x | can't filter by holding when `ownerPubKey` is not provided",
        "ownerPubKey=817CED3C | ownerPubKey has an invalid format",
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E11G | ownerPubKey has an invalid format",
        "ownerPubKey=SDRVWM42ZGQ6Y3HXCIJU6BBIHZNGKL4BGZ4CVDRV | ownerPubKey has an invalid format",
        "supply=-1 | supply has an invalid format",
        "supply=1.5 | supply has an invalid format",
        "supply=18446744073709551616 | supply has an invalid format",
        "supply=ten | supply has an invalid format",
        "mutable=yes | mutable has an invalid format",
        "mutable=1 | mutable has an invalid format",
        "transferable=TRUE | transferable has an invalid format",
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&holding=1 | holding has an invalid format",
        "ownerPubKey=817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117&holding= | holding has an invalid format",
        "pageSize=-1 | pageSize is not a valid unsigned integer",
        "pageSize=20x | pageSize is not a valid unsigned integer",
        "pageSize=020 | pageSize is not a valid unsigned integer",
        "pageNumber=-1 | pageNumber is not a valid unsigned integer",
        "pageNumber=9007199254740992 | pageNumber is not a valid unsigned integer",
        "pageNumber=one | pageNumber is not a valid unsigned integer",
        "sortField=mosaic.owner | sortField must be mosaic.height or mosaic.supply",
        "sortField=height | sortField must be mosaic.height or mosaic.supply",
        "mutable=yes&pageSize=x | mutable has an invalid format",
        "pageSize=x&sortField=y | pageSize is not a valid unsigned integer"})
    void badArgumentsAreInvalidArguments(String query, String message) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(message), get(split(query)));
    }

    @Test
    void aSearchThatWouldVisitTooManyRowsIsRefused() {
        // Arrange: 31 mosaics and a route that visits at most 20 rows
        manyMosaics();
        MosaicSearchRoute route = new MosaicSearchRoute(20);
        RouteResponse refused = RouteResponse.invalidArgument(
                "the search visits more than 20 mosaics: narrow it with ownerPubKey or supply");

        // Act and Assert: a filter or a supply sort over every mosaic scans all 31 rows
        assertEquals(refused, get(route, "mutable", "false"));
        assertEquals(refused, get(route, "sortField", "mosaic.supply"));
        // an owner's or a supply's rows fit
        assertEquals(List.of(M3, ENTRY, M1, M4), ids(get(route, "ownerPubKey", Fixtures.OWNER.toHex())));
        assertEquals(List.of(M1, M4), ids(get(route, "supply", "500", "sortField", "mosaic.supply")));
        // unfiltered, the scan stops at the page's end: the first two pages of 10 fit, the third and the first
        // descending page (which ends at the last row) do not
        assertEquals(all().subList(0, 10), ids(get(route, "pageSize", "10")));
        assertEquals(all().subList(10, 20), ids(get(route, "pageSize", "10", "pageNumber", "2")));
        assertEquals(refused, get(route, "pageSize", "10", "pageNumber", "3"));
        assertEquals(refused, get(route, "order", "desc"));
        assertEquals(List.of(), ids(get(route, "pageSize", "10", "pageNumber", "5", "order", "desc")));
    }
}
