package io.sirius.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchPagingTest {

    private static RouteRequest query(Map<String, String> query) {
        return new RouteRequest() {
            @Override
            public String pathParameter(String name) {
                throw new IllegalArgumentException(name);
            }

            @Override
            public Optional<String> queryParameter(String name) {
                return Optional.ofNullable(query.get(name));
            }

            @Override
            public byte[] body() {
                return new byte[0];
            }
        };
    }

    @ParameterizedTest(name = "pageSize={0} pageNumber={1} order={2}")
    @CsvSource({"'', '', '', 20, 1, false", "0, 0, desc, 20, 1, true", "5, 3, asc, 10, 3, false",
            "100, 2, DESC, 100, 2, false", "101, 9007199254740991, desc, 100, 9007199254740991, true",
            "37, 1, '', 37, 1, false"})
    void readsPagingAsJsXpxChainRestDoes(String size, String number, String order, int pageSize, long pageNumber,
            boolean descending) {
        // Act
        SearchPaging paging = SearchPaging.of(query(Map.of("pageSize", size, "pageNumber", number, "order", order)));

        // Assert
        assertEquals(new SearchPaging(pageSize, pageNumber, descending), paging);
        assertEquals((pageNumber - 1) * pageSize, paging.skip());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"-1", "01", "1.5", "abc", "9007199254740992", "１"})
    void refusesPageArgumentsThatAreNotUnsignedIntegers(String text) {
        // Act
        InvalidArgumentException size = assertThrows(InvalidArgumentException.class,
                () -> SearchPaging.of(query(Map.of("pageSize", text))));
        InvalidArgumentException number = assertThrows(InvalidArgumentException.class,
                () -> SearchPaging.of(query(Map.of("pageNumber", text))));

        // Assert
        assertEquals("pageSize is not a valid unsigned integer", size.getMessage());
        assertEquals("pageNumber is not a valid unsigned integer", number.getMessage());
    }

    @Test
    void answersWithDataAndPagination() {
        // Arrange
        SearchPaging paging = new SearchPaging(10, 3, false);

        // Act
        Map<String, Object> body = paging.body(List.of("x"), 21);
        Map<String, Object> none = paging.body(List.of(), 0);

        // Assert
        assertEquals(List.of("x"), body.get("data"));
        assertEquals(Map.of("totalEntries", 21L, "pageNumber", 3L, "pageSize", 10, "totalPages", 3L), body.get("pagination"));
        assertEquals(0L, ((Map<?, ?>) none.get("pagination")).get("totalPages"));
    }

    @Test
    void windowsCountAscendingPagesFromTheStartAndDescendingOnesFromTheEnd() {
        // Act and Assert: 25 matches, pages of 10
        assertEquals(new SearchPaging.Window(0, 10), new SearchPaging(10, 1, false).window(25));
        assertEquals(new SearchPaging.Window(20, 25), new SearchPaging(10, 3, false).window(25));
        assertEquals(new SearchPaging.Window(15, 25), new SearchPaging(10, 1, true).window(25));
        assertEquals(new SearchPaging.Window(0, 5), new SearchPaging(10, 3, true).window(25));
        assertTrue(new SearchPaging(10, 4, false).window(25).isEmpty());
        assertTrue(new SearchPaging(10, 4, true).window(25).isEmpty());
        assertTrue(new SearchPaging(10, 1, true).window(0).isEmpty());
        assertFalse(new SearchPaging(10, 1, true).window(1).isEmpty());
    }

    @Test
    void booleansAreExactlyTrueOrFalse() {
        // Act and Assert
        assertEquals(true, QueryArguments.bool("true", "holding"));
        assertEquals(false, QueryArguments.bool("false", "holding"));
        assertEquals("holding has an invalid format",
                assertThrows(InvalidArgumentException.class, () -> QueryArguments.bool("TRUE", "holding")).getMessage());
        assertEquals(Optional.empty(), QueryArguments.given(query(Map.of("x", "")), "x"));
        assertEquals(0, QueryArguments.tryParseUint("0"));
    }
}
