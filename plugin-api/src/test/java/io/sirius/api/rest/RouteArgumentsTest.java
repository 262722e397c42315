package io.sirius.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.model.Address;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteArgumentsTest {

    private static RouteRequest request(String body, Map<String, String> query) {
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
                return body.getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Test
    void idsKeysAndHashesAreAsciiHexOfTheirExactLength() {
        assertEquals(0xBFFB42A19116BDF6L, RouteArguments.hexId("bffb42a19116bdf6", "mosaicId"));
        assertEquals("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117", RouteArguments.publicKey(
                "817ced3c2846a792139b359149a1bbba4cdc3f26136f093aa3dcc9dd7b41e117", "publicKey").toHex());
        InvalidArgumentException fullwidth = assertThrows(InvalidArgumentException.class,
                () -> RouteArguments.hexId("BFFB42A19116BDF\uFF16", "mosaicId"));
        assertEquals("mosaicId has an invalid format", fullwidth.getMessage());
        assertThrows(InvalidArgumentException.class, () -> RouteArguments.hexId("BFFB42A19116BDF", "id"));
        assertThrows(InvalidArgumentException.class, () -> RouteArguments.hash("00", "hash"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "+1", "18446744073709551616", "1e3", "٣"})
    void heightsAreDecimalUint64s(String text) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> RouteArguments.uint64(text, "height"));
        assertEquals("height has an invalid format", e.getMessage());
    }

    @Test
    void theLargestUint64IsAHeight() {
        assertEquals(-1L, RouteArguments.uint64("18446744073709551615", "height"));
    }

    @Test
    void addressesAreBase32WithOrWithoutDashesOrFiftyHexDigits() {
        Address plain = RouteArguments.address("SDRVWM42X2WGLILP2TNYCQHOSNS52TKGLD3HW4RD", "address");
        assertEquals(plain, RouteArguments.address("SDRVWM-42X2WG-LILP2T-NYCQHO-SNS52T-KGLD3H-W4RD", "address"));
        assertEquals(plain, RouteArguments.address("90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223", "address"));
        assertThrows(InvalidArgumentException.class, () -> RouteArguments.address("SNOTANADDRESS", "address"));
        assertThrows(InvalidArgumentException.class, () -> RouteArguments.address(null, "address"));
    }

    @Test
    void bodiesAreObjectsHoldingBoundedArraysOfStrings() {
        Map<String, Object> body = RouteArguments.body(request("{\"mosaicIds\": [\"A\", \"B\"]}", Map.of()));
        assertEquals(List.of("A", "B"), RouteArguments.strings(body, "mosaicIds", 2));
        assertEquals("mosaicIds holds more than 1 elements", assertThrows(InvalidArgumentException.class,
                () -> RouteArguments.strings(body, "mosaicIds", 1)).getMessage());
        assertEquals("the body must be a JSON object", assertThrows(InvalidArgumentException.class,
                () -> RouteArguments.body(request("[1]", Map.of()))).getMessage());
        assertEquals("element in array ids has an invalid format", assertThrows(InvalidArgumentException.class,
                () -> RouteArguments.strings(Map.of("ids", List.of(1)), "ids", 10)).getMessage());
    }

    @Test
    void pageSizesAreClampedAndDefaulted() {
        assertEquals(20, RouteArguments.pageSize(request("", Map.of())));
        assertEquals(10, RouteArguments.pageSize(request("", Map.of("pageSize", "3"))));
        assertEquals(100, RouteArguments.pageSize(request("", Map.of("pageSize", "1000"))));
        assertEquals(42, RouteArguments.pageSize(request("", Map.of("pageSize", "42"))));
        assertThrows(InvalidArgumentException.class, () -> RouteArguments.pageSize(request("", Map.of("pageSize", "x"))));
    }
}
