package io.sirius.plugin.mosaic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.rest.RouteResponse;
import io.sirius.api.rest.Uint64;
import io.sirius.plugin.mosaic.internal.Fixtures;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.TestRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MosaicRichlistRouteTest {
    private static final String OWNER_ADDRESS = "90E35B339ABEAC65A16FD4DB8140EE9365DD4D4658F67B7223";
    private static final String OTHER_ADDRESS = "9022D04812D05000F96C283657B0C17990932BC84926CDE64F";
    private static final String THIRD_ADDRESS = "90E79D6D214E5FB34D4A669FE2E04CBCBD1861E1F479FFCE71";
    private static final String NO_KEY = "0".repeat(64);
    private static final long RICH = (1L << 32) + 1000;

    private final InMemoryState state = Fixtures.state();

    /** An account holding one mosaic, as the kernel keeps it: the account entry and its HOLDERS row. */
    private void holds(PublicKey key, boolean keyKnown, MosaicId mosaic, long amount) {
        Address address = Fixtures.address(key);
        AccountState account = state.cache(AccountStateCache.DESCRIPTOR).find(address)
                .orElse(AccountState.create(address, new Height(1)));
        if (keyKnown && account.publicKey().isEmpty()) {
            account = account.withPublicKey(key, new Height(1));
        }
        state.cache(AccountStateCache.DESCRIPTOR).put(address, account.withBalance(mosaic, new Amount(amount)));
        state.index(AccountStateCache.HOLDERS).put(AccountStateCache.holderKey(mosaic, new Amount(amount), address),
                new byte[0]);
    }

    /** Three holders of MOSAIC (one whose key is unknown, two with equal amounts) and one of OTHER_MOSAIC. */
    private void threeHolders() {
        holds(Fixtures.OWNER, true, Fixtures.MOSAIC, 500);
        holds(Fixtures.OTHER, false, Fixtures.MOSAIC, 500);
        holds(Fixtures.THIRD, true, Fixtures.MOSAIC, RICH);
        holds(Fixtures.OWNER, true, Fixtures.OTHER_MOSAIC, 7);
    }

    private static Map<String, Object> row(String address, String publicKey, long amount) {
        return Map.of("address", address, "publicKey", publicKey, "amount", new Uint64(amount));
    }

    private static final List<Map<String, Object>> ALL = List.of(
            row(THIRD_ADDRESS, Fixtures.THIRD.toHex(), RICH),
            row(OTHER_ADDRESS, NO_KEY, 500),
            row(OWNER_ADDRESS, Fixtures.OWNER.toHex(), 500));

    private RouteResponse get(String mosaicId, String... query) {
        TestRequest request = TestRequest.path("mosaicId", mosaicId);
        for (int i = 0; i < query.length; i += 2) {
            request = request.query(query[i], query[i + 1]);
        }
        return new MosaicRichlistRoute().handle(request, state.view());
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheHoldersRichestFirstEqualAmountsByAddressAsTheSdkReadsThem() {
        // Arrange
        threeHolders();

        // Act
        RouteResponse response = get("36CC4F72E42A81D3");

        // Assert: exact rows; the key of an account the chain only knows by address is 64 zeros
        assertEquals(RouteResponse.ok(ALL), response);
        assertEquals(List.of("address", "publicKey", "amount"),
                List.copyOf(((List<Map<String, Object>>) response.body()).get(0).keySet()));
    }

    @Test
    void anotherMosaicHasItsOwnHolders() {
        // Arrange
        threeHolders();

        // Act and Assert
        assertEquals(RouteResponse.ok(List.of(row(OWNER_ADDRESS, Fixtures.OWNER.toHex(), 7))),
                get("1234567890abcdef"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000000001", "FFFFFFFFFFFFFFFF"})
    void aMosaicNobodyHoldsHasAnEmptyList(String id) {
        // Arrange
        threeHolders();

        // Act and Assert: as REST's aggregation over the accounts, never 404
        assertEquals(RouteResponse.ok(List.of()), get(id));
    }

    @Test
    void aHolderWhoseAccountIsGoneStillShowsWithoutKey() {
        // Arrange: a HOLDERS row alone (the account cache is the kernel's; the row is what the route lists)
        state.index(AccountStateCache.HOLDERS).put(AccountStateCache.holderKey(Fixtures.MOSAIC, new Amount(3),
                Address.fromHex(OTHER_ADDRESS)), new byte[0]);

        // Act and Assert
        assertEquals(RouteResponse.ok(List.of(row(OTHER_ADDRESS, NO_KEY, 3))), get("36CC4F72E42A81D3"));
    }

    @ParameterizedTest(name = "page={0} pageSize={1}")
    @CsvSource(nullValues = "-", value = {
        // page | pageSize | first row | rows
        "-, -, 0, 3",
        "0, -, 0, 3",
        "'', '', 0, 3",
        "1, -, 0, 0",
        "0, 1, 0, 1",
        "1, 1, 1, 1",
        "2, 1, 2, 1",
        "3, 1, 0, 0",
        "1, 2, 2, 1",
        "0, 2, 0, 2",
        "0, 0, 0, 3",
        "9007199254740991, 100, 0, 0"})
    void pagesCountFromZero(String page, String pageSize, int first, int rows) {
        // Arrange
        threeHolders();
        String[] query = page == null && pageSize == null ? new String[0]
                : pageSize == null ? new String[] {"page", page}
                : page == null ? new String[] {"pageSize", pageSize}
                : new String[] {"page", page, "pageSize", pageSize};

        // Act
        RouteResponse response = get("36CC4F72E42A81D3", query);

        // Assert
        assertEquals(RouteResponse.ok(ALL.subList(first, first + rows)), response);
    }

    @Test
    void pagesHold25HoldersUnlessToldAndAtMost100() {
        // Arrange: 130 holders with amounts 1..130
        for (int i = 1; i <= 130; i++) {
            Address address = Address.of(addressBytes(i));
            state.index(AccountStateCache.HOLDERS).put(AccountStateCache.holderKey(Fixtures.MOSAIC, new Amount(i),
                    address), new byte[0]);
        }

        // Act
        List<?> byDefault = (List<?>) get("36CC4F72E42A81D3").body();
        List<?> zero = (List<?>) get("36CC4F72E42A81D3", "pageSize", "0").body();
        List<?> large = (List<?>) get("36CC4F72E42A81D3", "pageSize", "1000").body();
        List<?> secondLarge = (List<?>) get("36CC4F72E42A81D3", "page", "1", "pageSize", "1000").body();
        List<?> thirdOf25 = (List<?>) get("36CC4F72E42A81D3", "page", "2").body();

        // Assert
        assertEquals(25, byDefault.size());
        assertEquals(new Uint64(130), ((Map<?, ?>) byDefault.get(0)).get("amount"));
        assertEquals(25, zero.size());
        assertEquals(100, large.size());
        assertEquals(30, secondLarge.size());
        assertEquals(new Uint64(30), ((Map<?, ?>) secondLarge.get(0)).get("amount"));
        assertEquals(new Uint64(80), ((Map<?, ?>) thirdOf25.get(0)).get("amount"));
    }

    /** A valid mijin-test address (checksum and all) for a number. */
    private static byte[] addressBytes(int i) {
        PublicKey key = PublicKey.of(java.nio.ByteBuffer.allocate(32).putInt(28, i).array());
        return Fixtures.address(key).bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "36CC4F72E42A81D", "36CC4F72E42A81D3A", "36CC4F72E42A81DG", "prx.xpx"})
    void aMalformedIdIsAnInvalidArgument(String id) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument("mosaicId has an invalid format"), get(id));
    }

    @ParameterizedTest
    @CsvSource({"page, -1", "page, x", "page, 01", "page, 1.5", "page, 9007199254740992", "pageSize, -5",
        "pageSize, ten", "pageSize, 0x10", "pageSize, 1e3"})
    void aPageArgumentThatIsNotAnUnsignedIntegerIsAnInvalidArgument(String name, String value) {
        // Act and Assert
        assertEquals(RouteResponse.invalidArgument(name + " is not a valid unsigned integer"),
                get("36CC4F72E42A81D3", name, value));
    }
}
