package io.sirius.plugin.namespace.internal.validators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Amount;
import io.sirius.api.model.BlockDuration;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.mosaic.model.MosaicDefinition;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import io.sirius.plugin.mosaic.model.MosaicProperties;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.model.AliasMosaicRequiredNotification;
import io.sirius.plugin.namespace.state.NamespaceCache;
import io.sirius.plugin.testkit.InMemoryState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasMosaicOwnerValidatorTest {
    /** The SDK vectors' mosaic: nonce 42, owner the signer. */
    private static final MosaicId MOSAIC = new MosaicId(0x36CC4F72E42A81D3L);
    private static final MosaicId ETERNAL = new MosaicId(0x1000);

    private static InMemoryState state() {
        InMemoryState state = Fixtures.state();
        // defined at 5 for 10 blocks: active for [5, 15)
        state.cache(MosaicCache.DESCRIPTOR).put(MOSAIC, new MosaicEntry(MOSAIC, new Amount(100),
                new MosaicDefinition(new Height(5), Fixtures.OWNER, 1, new MosaicProperties(2, 0, new BlockDuration(10)))));
        state.cache(MosaicCache.DESCRIPTOR).put(ETERNAL, new MosaicEntry(ETERNAL, new Amount(100),
                new MosaicDefinition(new Height(5), Fixtures.OWNER, 1, new MosaicProperties(2, 0, new BlockDuration(0)))));
        return state;
    }

    @ParameterizedTest(name = "mosaic {0} by {1} at {2}: {3}")
    @CsvSource({
        "36CC4F72E42A81D3, owner, 5, SUCCESS",
        "36CC4F72E42A81D3, owner, 14, SUCCESS",
        "36CC4F72E42A81D3, owner, 15, ALIAS_MOSAIC_EXPIRED",
        "36CC4F72E42A81D3, owner, 4, ALIAS_MOSAIC_EXPIRED",
        "36CC4F72E42A81D3, other, 10, ALIAS_MOSAIC_OWNER_CONFLICT",
        "0000000000001000, owner, 100000, SUCCESS",
        "0000000000001000, other, 100000, ALIAS_MOSAIC_OWNER_CONFLICT",
        "0000000000001001, owner, 10, ALIAS_MOSAIC_UNKNOWN"})
    void theMosaicMustExistBeActiveAndBelongToTheSigner(String mosaic, String signer, long height, String expected) {
        // Arrange
        PublicKey key = signer.equals("owner") ? Fixtures.OWNER : Fixtures.OTHER;

        // Act
        var result = new AliasMosaicOwnerValidator().validate(
                new AliasMosaicRequiredNotification(key, new MosaicId(Long.parseUnsignedLong(mosaic, 16))),
                Fixtures.context(height, state()).stateful());

        // Assert
        assertEquals(Results.of(expected), result);
    }

    @Test
    void withoutTheMosaicPluginNoMosaicExists() {
        // Arrange: a state in which no active plugin registered the mosaic cache
        InMemoryState state = InMemoryState.of(NamespaceCache.DESCRIPTOR);

        // Act
        var result = new AliasMosaicOwnerValidator().validate(new AliasMosaicRequiredNotification(Fixtures.OWNER, MOSAIC),
                Fixtures.context(10, state).stateful());

        // Assert
        assertEquals(NamespaceResults.ALIAS_MOSAIC_UNKNOWN, result);
    }
}
