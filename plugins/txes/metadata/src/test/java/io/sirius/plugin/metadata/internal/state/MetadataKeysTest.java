package io.sirius.plugin.metadata.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.model.Address;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.resolver.Resolvers;
import io.sirius.plugin.metadata.internal.Fixtures;
import io.sirius.plugin.metadata.model.MetadataType;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import io.sirius.plugin.metadata.state.MetadataKey;
import io.sirius.plugin.testkit.PassThroughResolvers;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataKeysTest {
    /** An alias of the mosaic {@link Fixtures#MOSAIC}. */
    private static final long ALIAS = 0x85BBEA6CC462B244L;

    /** Resolves {@link #ALIAS} to {@link Fixtures#MOSAIC}, and (wrongly, on purpose) everything else to 42. */
    private static final Resolvers ALIASES = new Resolvers() {
        @Override
        public Optional<MosaicId> resolve(UnresolvedMosaicId id) {
            return id.value() == ALIAS ? Optional.of(new MosaicId(Fixtures.MOSAIC))
                    : id.isAlias() ? Optional.empty() : Optional.of(new MosaicId(42));
        }

        @Override
        public Optional<Address> resolve(UnresolvedAddress address) {
            return Optional.empty();
        }
    };

    @ParameterizedTest(name = "{0} {1} resolves to {2}")
    @CsvSource({
        // a mosaic alias resolves to its mosaic; an unknown alias stays raw, as Sirius's resolver context leaves it
        "MOSAIC, 85BBEA6CC462B244, 0DC67FBE1CAD29E3",
        "MOSAIC, 85BBEA6CC462B245, 85BBEA6CC462B245",
        "MOSAIC, 0DC67FBE1CAD29E3, 000000000000002A",
        // namespace ids are never resolved
        "NAMESPACE, 85BBEA6CC462B244, 85BBEA6CC462B244",
        "ACCOUNT, 0, 0"})
    void resolvesMosaicTargetsOnly(MetadataType type, String raw, String resolved) {
        // Arrange
        MetadataValueNotification notification = new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 7, type,
                Long.parseUnsignedLong(raw, 16), 1, new byte[1], false, false);

        // Act
        MetadataKey key = MetadataKeys.resolve(notification, ALIASES);

        // Assert
        assertEquals(new MetadataKey(Fixtures.SOURCE, Fixtures.TARGET, 7, type, Long.parseUnsignedLong(resolved, 16)), key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0DC67FBE1CAD29E3", "85BBEA6CC462B244"})
    void passesPlainIdsAndUnknownAliasesThroughWithTheDefaultResolvers(String raw) {
        // Arrange
        long id = Long.parseUnsignedLong(raw, 16);
        MetadataValueNotification notification = new MetadataValueNotification(Fixtures.SOURCE, Fixtures.TARGET, 7,
                MetadataType.MOSAIC, id, 1, new byte[1], false, false);

        // Act and Assert
        assertEquals(id, MetadataKeys.resolve(notification, new PassThroughResolvers()).targetId());
    }
}
