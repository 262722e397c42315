package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.config.ConfigException;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Address;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.state.CacheDelta;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.testkit.TestCaches.Item;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContextBuilderTest {
    /** A section whose parser reads one bounded number. */
    private record Limits(long limit) {
        static final ConfigSection<Limits> SECTION = ConfigSection.of("limits",
                properties -> new Limits(properties.getLong("limit", 0, 100)));
    }

    @Test
    void parsesConfigWithTheSectionsOwnParser() {
        // Arrange
        ContextBuilder builder = ContextBuilder.context().config(Limits.SECTION, Map.of("limit", "4'2"));

        // Act
        ValidationContext context = builder.validation();

        // Assert
        assertEquals(new Limits(42), context.config(Limits.SECTION));
        assertEquals(new Limits(42), context.config(ConfigSection.of("limits", p -> new Limits(p.getLong("limit")))));
    }

    @Test
    void aMalformedSectionFailsWhenGivenAndAMissingOneWhenAskedFor() {
        // Arrange
        ValidationContext context = ContextBuilder.context().validation();

        // Act
        ConfigException malformed = assertThrows(ConfigException.class,
                () -> ContextBuilder.context().config(Limits.SECTION, Map.of("limit", "101")));
        ConfigException missing = assertThrows(ConfigException.class, () -> context.config(Limits.SECTION));

        // Assert
        assertTrue(malformed.getMessage().contains("plugin:catapult.plugins.limits"), malformed.getMessage());
        assertTrue(missing.getMessage().contains("no [plugin:catapult.plugins.limits] section"), missing.getMessage());
    }

    @Test
    void carriesTheFactsAndKeepsThemWhenTheBuilderChanges() {
        // Arrange
        Hash256 hash = Hash256.fromHex("57F7DA205008026C776CB6AED843393F04CD458E0AA2D9F1D5F31A402072B2D6");
        ContextBuilder builder = ContextBuilder.context().height(77).blockTime(new Timestamp(5)).network(NetworkType.MAIN_NET)
                .generationHash(hash).currencyMosaicId(new MosaicId(9));

        // Act
        ValidationContext context = builder.validation();
        builder.height(78);

        // Assert
        assertEquals(new Height(77), context.height());
        assertEquals(new Timestamp(5), context.blockTime());
        assertEquals(NetworkType.MAIN_NET, context.network());
        assertEquals(hash, context.generationHash());
        assertEquals(new MosaicId(9), context.currencyMosaicId());
        assertFalse(context instanceof StatefulValidationContext);
    }

    @Test
    void statefulValidatorsReadTheStateAndObserversChangeIt() {
        // Arrange
        InMemoryState state = InMemoryState.of(TestCaches.GOOD);
        ContextBuilder builder = ContextBuilder.context().state(state).mode(NotifyMode.ROLLBACK).height(3);

        // Act
        ObserverContext observer = builder.observer();
        StatefulValidationContext stateful = builder.stateful();
        observer.state().cache(TestCaches.GOOD).put(1L, new Item(1, "a"));

        // Assert
        assertSame(state, observer.state());
        assertEquals(NotifyMode.ROLLBACK, observer.mode());
        assertEquals(new Height(3), observer.height());
        assertEquals(Optional.of(new Item(1, "a")), stateful.state().cache(TestCaches.GOOD).find(1L));
        assertFalse(stateful.state().cache(TestCaches.GOOD) instanceof CacheDelta);
        assertEquals(new Height(3), stateful.height());
    }

    @Test
    void resolversPassPlainValuesThroughAndResolveNoAlias() {
        // Arrange
        StatefulValidationContext context = ContextBuilder.context().stateful();
        Address address = Address.parse("SB7HO7JI7NVYVQBRHH7MUOP5W6OAUAPMCHSUVXYO");
        UnresolvedAddress alias = UnresolvedAddress.alias(NetworkType.MIJIN_TEST, new NamespaceId(0x85BBEA6CC462B244L));

        // Act and Assert
        assertEquals(Optional.of(new MosaicId(0x0DC67FBE1CAD29E3L)),
                context.resolvers().resolve(new UnresolvedMosaicId(0x0DC67FBE1CAD29E3L)));
        assertEquals(Optional.empty(), context.resolvers().resolve(new UnresolvedMosaicId(0xBFFB42A19116BDF6L)));
        assertEquals(Optional.of(address), context.resolvers().resolve(UnresolvedAddress.of(address.bytes())));
        assertEquals(Optional.empty(), context.resolvers().resolve(alias));
    }

    @Test
    void buildsTransactionContexts() {
        // Arrange
        PublicKey signer = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");

        // Act
        TransactionContext context = ContextBuilder.context().signer(signer).type(new EntityType(0x4159)).version(1)
                .deadline(new Timestamp(9)).height(4).embedded(true).transaction();

        // Assert
        assertEquals(signer, context.signer());
        assertEquals(new EntityType(0x4159), context.type());
        assertEquals(1, context.version());
        assertEquals(new Timestamp(9), context.deadline());
        assertEquals(new Height(4), context.height());
        assertEquals(NetworkType.MIJIN_TEST, context.network());
        assertTrue(context.embedded());
    }
}
