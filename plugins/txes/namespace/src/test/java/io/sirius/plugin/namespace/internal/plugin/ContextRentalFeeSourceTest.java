package io.sirius.plugin.namespace.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.Fixtures;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextRentalFeeSourceTest {
    private static final MosaicId CURRENCY = new MosaicId(0x1234);

    /** A handler context that also answers as a validation context, as the kernel's could. */
    private record Both(TransactionContext transaction, ValidationContext validation)
            implements TransactionContext, ValidationContext {
        @Override
        public PublicKey signer() {
            return transaction.signer();
        }

        @Override
        public EntityType type() {
            return transaction.type();
        }

        @Override
        public int version() {
            return transaction.version();
        }

        @Override
        public NetworkType network() {
            return transaction.network();
        }

        @Override
        public Timestamp deadline() {
            return transaction.deadline();
        }

        @Override
        public Height height() {
            return transaction.height();
        }

        @Override
        public Address addressOf(PublicKey key) {
            return transaction.addressOf(key);
        }

        @Override
        public boolean embedded() {
            return transaction.embedded();
        }

        @Override
        public Timestamp blockTime() {
            return validation.blockTime();
        }

        @Override
        public MosaicId currencyMosaicId() {
            return validation.currencyMosaicId();
        }

        @Override
        public Hash256 generationHash() {
            return validation.generationHash();
        }

        @Override
        public <C> C config(ConfigSection<C> section) {
            return validation.config(section);
        }

        // plugin-api 1.1 adds these two (no @Override, so this compiles against 1.0 too)
        public PublicKey networkPublicKey() {
            return PublicKey.ZERO;
        }

        public io.sirius.api.config.ConfigProperties chainConfig() {
            return new io.sirius.api.config.ConfigProperties("chain", java.util.Map.of());
        }
    }

    @Test
    void readsTheTermsFromAContextThatHasThem() {
        // Arrange
        ContextBuilder builder = Fixtures.context(10, Fixtures.state()).currencyMosaicId(CURRENCY);
        TransactionContext context = new Both(builder.transaction(), builder.validation());

        // Act
        Optional<RentalFeeTerms> terms = new ContextRentalFeeSource().at(context);

        // Assert
        assertEquals(Optional.of(new RentalFeeTerms(builder.validation().config(NamespaceConfig.SECTION), CURRENCY)), terms);
    }

    @Test
    void aPlainHandlerContextHasNone() {
        // Act
        Optional<RentalFeeTerms> terms = new ContextRentalFeeSource().at(Fixtures.context(10, Fixtures.state()).transaction());

        // Assert
        assertEquals(Optional.empty(), terms);
    }
}
