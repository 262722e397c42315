package io.sirius.plugin.namespace.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.Hex;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceCache;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceKey;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.NamespaceRecord;
import io.sirius.plugin.namespace.state.OwnerPublicKey;
import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamespaceRecordSerializerTest {
    private static final Address OWNER_ADDRESS = Fixtures.address(Fixtures.OWNER);
    private static final Address OTHER_ADDRESS = Fixtures.address(Fixtures.OTHER);
    private final NamespaceRecordSerializer serializer = new NamespaceRecordSerializer();

    /** A uint64 as 16 hex digits, little endian. */
    private static String le(long value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append(String.format("%02X", (value >>> (8 * i)) & 0xFF));
        }
        return out.toString();
    }

    private static final ChildNamespace BETA = new ChildNamespace(List.of(Fixtures.ALPHA, Fixtures.BETA), "beta",
            NamespaceAlias.of(new MosaicId(0x1122334455667788L)));
    private static final String BETA_HEX = "02" + "02" + le(Fixtures.ALPHA.value()) + le(Fixtures.BETA.value())
            + "04" + "62657461" + "01" + "8877665544332211";

    /**
     * {@code alpha}, taken over by OWNER at 30 for [30, 60) (grace to 84), aliasing OTHER's address, with child beta;
     * before, OTHER held it for [10, 20), expired, with no alias and no children left.
     */
    private static final RootNamespace ALPHA = new RootNamespace(Fixtures.ALPHA, "alpha", Fixtures.OWNER, OWNER_ADDRESS,
            Fixtures.lifetime(30, 60), false, NamespaceAlias.of(OTHER_ADDRESS), NamespaceIdSet.of(List.of(Fixtures.BETA)),
            List.of(new RootTerm(Fixtures.OTHER, OTHER_ADDRESS, Fixtures.lifetime(10, 20), true,
                    Optional.of(new RetiredHoldings(NamespaceAlias.none(), List.of()))),
                    new RootTerm(Fixtures.OTHER, OTHER_ADDRESS, Fixtures.lifetime(10, 20), true, Optional.empty())));
    private static final String ALPHA_HEX = "01" + le(Fixtures.ALPHA.value()) + "05" + "616C706861"
            + Fixtures.OWNER.toHex() + OWNER_ADDRESS.toHex() + le(30) + le(60) + le(84) + "00"
            + "02" + OTHER_ADDRESS.toHex()
            + "01000000" + le(Fixtures.BETA.value())
            + "02000000"
            + Fixtures.OTHER.toHex() + OTHER_ADDRESS.toHex() + le(10) + le(20) + le(44) + "01" + "01" + "00" + "00000000"
            + Fixtures.OTHER.toHex() + OTHER_ADDRESS.toHex() + le(10) + le(20) + le(44) + "01" + "00";

    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of(ALPHA, ALPHA_HEX),
                Arguments.of(BETA, BETA_HEX),
                Arguments.of(NamespaceIdSet.of(List.of(new NamespaceId(5), new NamespaceId(0x8000000000000001L))),
                        "03" + "02000000" + "0500000000000000" + "0100000000000080"),
                Arguments.of(new OwnerPublicKey(Fixtures.OWNER), "04" + Fixtures.OWNER.toHex()));
    }

    private static List<ChildNamespace> byId(ChildNamespace... children) {
        return Stream.of(children).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    private byte[] write(NamespaceRecord record) {
        BinaryWriter out = new BinaryWriter();
        serializer.write(record, out);
        return out.toByteArray();
    }

    private NamespaceRecord read(byte[] bytes) {
        BinaryReader in = BinaryReader.of(bytes);
        NamespaceRecord record = serializer.read(in, NamespaceRecordSerializer.VERSION);
        in.requireExhausted("record");
        return record;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("golden")
    void writesTheGoldenBytesAndReadsThemBack(NamespaceRecord record, String hex) {
        // Act
        byte[] bytes = write(record);

        // Assert
        assertEquals(hex, Hex.encode(bytes));
        assertEquals(record, read(bytes));
    }

    @Test
    void roundTripsEveryKindThroughTheStore() {
        // Arrange: the in-memory store writes, re-reads and re-writes every entry and fails on any difference
        InMemoryState state = InMemoryState.of(NamespaceCache.DESCRIPTOR);
        RootNamespace eternal = new RootNamespace(NamespaceId.of(1L << 63), "e", Fixtures.OWNER, OWNER_ADDRESS,
                NamespaceLifetime.of(new Height(1), new io.sirius.api.model.BlockDuration(0), new io.sirius.api.model.BlockDuration(5)),
                true, NamespaceAlias.of(new MosaicId(9)), NamespaceIdSet.EMPTY,
                List.of(new RootTerm(Fixtures.THIRD, Fixtures.address(Fixtures.THIRD), Fixtures.lifetime(1, 2), false,
                        Optional.of(new RetiredHoldings(NamespaceAlias.of(OTHER_ADDRESS), byId(BETA, new ChildNamespace(
                                List.of(Fixtures.ALPHA, Fixtures.BETA, Fixtures.GAMMA), "gamma", NamespaceAlias.none())))))));

        // Act
        state.cache(NamespaceCache.DESCRIPTOR).put(new NamespaceKey.Namespace(ALPHA.id()), ALPHA);
        state.cache(NamespaceCache.DESCRIPTOR).put(new NamespaceKey.Namespace(eternal.id()), eternal);
        state.cache(NamespaceCache.DESCRIPTOR).put(new NamespaceKey.Namespace(BETA.id()), BETA);
        state.cache(NamespaceCache.DESCRIPTOR).put(new NamespaceKey.Owner(Fixtures.OWNER), NamespaceIdSet.EMPTY);
        state.cache(NamespaceCache.DESCRIPTOR).put(new NamespaceKey.OwnerAddress(OWNER_ADDRESS), new OwnerPublicKey(Fixtures.OWNER));

        // Assert
        assertEquals(Optional.of(eternal), state.cache(NamespaceCache.DESCRIPTOR).find(new NamespaceKey.Namespace(eternal.id())));
        assertEquals(5, state.entries(NamespaceCache.DESCRIPTOR).size());
    }

    @Test
    void rejectsTruncatedRowsAtEveryLength() {
        // Arrange
        byte[] bytes = Hex.decode(ALPHA_HEX);

        // Act and Assert
        for (int length = 0; length < bytes.length; length++) {
            BinaryReader in = BinaryReader.of(bytes, 0, length);
            assertThrows(DecodeException.class, () -> serializer.read(in, NamespaceRecordSerializer.VERSION), "length " + length);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // unknown tag
        "09",
        // id set claiming 2^32 - 1 ids
        "03FFFFFFFF",
        // id set out of order: 2 then 1
        "03" + "02000000" + "0200000000000000" + "0100000000000000",
        // child of depth 1 and of depth 4
        "0201" + "0100000000000000" + "0161" + "00",
        "0204",
        // child alias type 3
        "0202" + "0100000000000000" + "0200000000000000" + "0161" + "03"})
    void rejectsMalformedRows(String hex) {
        // Act and Assert
        assertThrows(DecodeException.class, () -> read(Hex.decode(hex)));
    }

    @Test
    void rejectsFlagsOtherThanZeroOrOneAndEmptyLifetimes() {
        // Arrange: ALPHA_HEX with expired = 2, and with end = start
        int expiredAt = 2 * (1 + 8 + 1 + 5 + 32 + 25 + 24);
        String badFlag = ALPHA_HEX.substring(0, expiredAt) + "02" + ALPHA_HEX.substring(expiredAt + 2);
        int endAt = 2 * (1 + 8 + 1 + 5 + 32 + 25 + 8);
        String emptyLifetime = ALPHA_HEX.substring(0, endAt) + le(30) + ALPHA_HEX.substring(endAt + 16);

        // Act
        DecodeException flag = assertThrows(DecodeException.class, () -> read(Hex.decode(badFlag)));
        DecodeException lifetime = assertThrows(DecodeException.class, () -> read(Hex.decode(emptyLifetime)));

        // Assert
        assertTrue(flag.getMessage().contains("expired must be 0 or 1"), flag.getMessage());
        assertTrue(lifetime.getMessage().contains("lifetime"), lifetime.getMessage());
    }

    @Test
    void rejectsAnAddressWithAWrongChecksumAndAnUnknownVersion() {
        // Arrange
        byte[] bytes = Hex.decode(ALPHA_HEX);
        bytes[1 + 8 + 1 + 5 + 32 + 24] ^= 1;

        // Act and Assert
        assertThrows(DecodeException.class, () -> read(bytes));
        assertThrows(DecodeException.class, () -> serializer.read(BinaryReader.of(Hex.decode(BETA_HEX)), 2));
    }
}
