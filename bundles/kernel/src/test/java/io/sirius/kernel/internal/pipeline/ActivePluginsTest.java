package io.sirius.kernel.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.BalanceDebitNotification;
import io.sirius.api.notification.Notification;
import io.sirius.api.state.CacheDescriptor;
import io.sirius.crypto.Ed25519;
import io.sirius.kernel.config.NetworkConfigCache;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.internal.Declarations;
import io.sirius.kernel.internal.PluginDeclaration;
import io.sirius.kernel.internal.core.CoreSystem;
import io.sirius.plugin.transfer.internal.plugin.TransferPlugin;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dispatch tables of one height: core first, then the enabled plugins in order.
 */
class ActivePluginsTest {
    final PluginDeclaration core = CoreSystem.declaration(new Ed25519());
    final PluginDeclaration transfer = Declarations.of(new TransferPlugin());

    private static PluginDeclaration withCaches(String name, List<CacheDescriptor<?, ?>> caches) {
        return new PluginDeclaration(name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), caches, List.of(),
                List.of(), List.of(), java.util.Map.of());
    }

    @Test
    void transactionsAreFoundByType() {
        // Arrange
        ActivePlugins plugins = new ActivePlugins(List.of(core, transfer));

        // Act / Assert
        assertEquals("Transfer", plugins.transaction(TransferPayloads.TRANSFER.value()).name());
        assertNull(plugins.transaction(0x414E));
        assertNull(new ActivePlugins(List.of(core)).transaction(TransferPayloads.TRANSFER.value()));
    }

    @Test
    void rulesAreDispatchedByTheNotificationsExactClassCoreFirst() {
        // Arrange
        ActivePlugins plugins = new ActivePlugins(List.of(core, transfer));
        Notification debit = new BalanceDebitNotification(PublicKey.ZERO, new UnresolvedMosaicId(1), Amount.ZERO);

        // Act
        List<String> stateful = plugins.statefulFor(debit).stream().map(v -> v.name()).toList();
        List<String> observers = plugins.observersFor(debit).stream().map(o -> o.name()).toList();

        // Assert
        assertEquals(List.of("BalanceDebitValidator"), stateful);
        assertEquals(List.of("BalanceDebitObserver"), observers);
        assertEquals(List.of(), plugins.statelessFor(debit));
        assertEquals(List.of(core, transfer), plugins.declarations());
    }

    @Test
    void cachesAreInCacheIdOrder() {
        // Arrange: declared in the wrong order
        ActivePlugins plugins = new ActivePlugins(List.of(core, withCaches("a", List.of(AccountStateCache.DESCRIPTOR)),
                withCaches("b", List.of(NetworkConfigCache.DESCRIPTOR))));

        // Act
        List<CacheDescriptor<?, ?>> caches = plugins.caches();

        // Assert
        assertEquals(List.of(NetworkConfigCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR), caches);
        assertThrows(UnsupportedOperationException.class, () -> caches.add(NetworkConfigCache.DESCRIPTOR));
    }

    @Test
    void configSectionsAreFoundByPluginName() {
        // Arrange
        ActivePlugins plugins = new ActivePlugins(List.of(core, transfer));

        // Act / Assert
        assertSame(transfer.configSections().get(0), plugins.configSection("transfer"));
        assertNull(plugins.configSection("storage"));
    }
}
