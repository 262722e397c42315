package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.Height;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteResponse;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginTableTest {
    private final PluginTable table = new PluginTable();
    private long nextId = 10;

    private RegisteredPlugin add(TestPlugin plugin, String bundle) {
        long id = nextId++;
        return table.add(plugin, id, new PluginOrigin(bundle, "1.0.0", id), List.of(plugin.capability()));
    }

    @Test
    void acceptsPluginsThatShareNothing() {
        // Arrange
        TestPlugin transfer = TestPlugin.of("transfer", List.of(0x4154), List.of(0x54));
        TestPlugin mosaic = TestPlugin.of("mosaic", List.of(0x414D, 0x424D), List.of(0x4D, 0x4F));

        // Act
        add(transfer, "b.transfer");
        add(mosaic, "b.mosaic");

        // Assert
        List<PluginInfo> plugins = table.describe(ActivationSource.NONE);
        assertEquals(List.of("mosaic", "transfer"), plugins.stream().map(PluginInfo::name).toList());
        assertTrue(plugins.stream().allMatch(p -> p.state() == PluginState.AVAILABLE));
        assertEquals(java.util.Set.of(0x4D, 0x4F), plugins.get(0).facilities());
        assertEquals(2, plugins.get(0).transactions().size());
    }

    @Test
    void rejectsATypeCollisionNamingBothBundles() {
        // Arrange
        add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");

        // Act
        RegisteredPlugin second = add(TestPlugin.of("copycat", List.of(0x4170, 0x4154), List.of(0x70)), "b.copycat");

        // Assert
        assertFalse(second.accepted());
        String problem = second.problem().orElseThrow();
        assertTrue(problem.contains("transaction type 0x4154"), problem);
        assertTrue(problem.contains("b.transfer"), problem);
        assertTrue(problem.contains("b.copycat"), problem);
        assertTrue(problem.contains("'transfer'") && problem.contains("'copycat'"), problem);
    }

    @Test
    void rejectsAFacilityCollision() {
        // Arrange
        add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");

        // Act
        RegisteredPlugin second = add(TestPlugin.of("other", List.of(0x4171), List.of(0x71, 0x54)), "b.other");

        // Assert
        assertTrue(second.problem().orElseThrow().contains("result facility 0x54"), second.problem().toString());
    }

    @Test
    void rejectsADuplicateName() {
        // Arrange
        add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");

        // Act
        RegisteredPlugin second = add(TestPlugin.of("transfer", List.of(0x4171), List.of(0x71)), "b.transfer2");

        // Assert
        assertTrue(second.problem().orElseThrow().contains("plugin name 'transfer'"));
    }

    @Test
    void rejectsADuplicateIndex() {
        // Arrange
        io.sirius.api.state.IndexDescriptor index = new io.sirius.api.state.IndexDescriptor("by_owner");
        add(TestPlugin.of("a", List.of(), List.of(0x71), r -> r.index(index)), "b.a");

        // Act
        RegisteredPlugin second = add(TestPlugin.of("b", List.of(), List.of(0x72), r -> r.index(index)), "b.b");

        // Assert
        assertTrue(second.problem().orElseThrow().contains("index 'by_owner'"), second.problem().toString());
    }

    @Test
    void rejectsADuplicateRoute() {
        // Arrange
        RouteDescriptor route = new RouteDescriptor("GET", "/mosaic/{id}", (r, s) -> RouteResponse.ok("x"));
        add(TestPlugin.of("a", List.of(), List.of(0x71), r -> r.route(route)), "b.a");

        // Act
        RegisteredPlugin second = add(TestPlugin.of("b", List.of(), List.of(0x72), r -> r.route(route)), "b.b");

        // Assert
        assertTrue(second.problem().orElseThrow().contains("REST route GET /mosaic/{id}"));
    }

    @Test
    void rejectedPluginIsAcceptedOnceTheHolderLeaves() {
        // Arrange
        RegisteredPlugin first = add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");
        RegisteredPlugin second = add(TestPlugin.of("transfer2", List.of(0x4154), List.of(0x74)), "b.transfer2");
        assertFalse(second.accepted());

        // Act
        List<RegisteredPlugin> promoted = table.remove(first.serviceId());

        // Assert
        assertEquals(List.of("transfer2"), promoted.stream().map(p -> p.declaration().name()).toList());
        assertEquals(PluginState.AVAILABLE, table.describe(ActivationSource.NONE).get(0).state());
    }

    @Test
    void aPluginWhoseRegisterThrowsIsRejectedAndStaysRejected() {
        // Arrange
        TransactionPlugin broken = new TransactionPlugin() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void register(PluginRegistrar registrar) {
                throw new IllegalStateException("config file missing");
            }
        };
        RegisteredPlugin other = add(TestPlugin.of("other", List.of(0x4171), List.of(0x71)), "b.other");

        // Act
        RegisteredPlugin entry = table.add(broken, 99, new PluginOrigin("b.broken", "1", 99), List.of());
        List<RegisteredPlugin> promoted = table.remove(other.serviceId());

        // Assert
        assertTrue(entry.problem().orElseThrow().contains("config file missing"));
        assertTrue(promoted.isEmpty());
        assertEquals(PluginState.REJECTED, table.describe(ActivationSource.NONE).get(0).state());
    }

    @Test
    void rejectsAPluginWhoseCapabilityDisagreesWithItsRegistration() {
        // Arrange
        TestPlugin plugin = TestPlugin.of("transfer", List.of(0x4154), List.of(0x54));
        PluginCapability lying = new PluginCapability("transfer", new java.util.TreeSet<>(List.of(0x4154, 0x4254)));

        // Act
        RegisteredPlugin entry = table.add(plugin, 1, new PluginOrigin("b", "1", 1), List.of(lying));

        // Assert
        assertTrue(entry.problem().orElseThrow().contains("0x4254"), entry.problem().toString());
    }

    @Test
    void rejectsAPluginWithoutCapability() {
        // Act
        RegisteredPlugin entry = table.add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), 1,
                new PluginOrigin("b", "1", 1), List.of());

        // Assert
        assertTrue(entry.problem().orElseThrow().contains("@SiriusPlugin"), entry.problem().toString());
    }

    @Test
    void rejectsBadNames() {
        // Act
        RegisteredPlugin entry = add(TestPlugin.of("Bad Name", List.of(), List.of()), "b");

        // Assert
        assertTrue(entry.problem().orElseThrow().contains("lower case"));
    }

    @Test
    void reportsActivePluginsWithTheirHeight() {
        // Arrange
        add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");
        add(TestPlugin.of("mosaic", List.of(0x414D), List.of(0x4D)), "b.mosaic");
        ActivationSource chain = name -> name.equals("transfer") ? Optional.of(new Height(5)) : Optional.empty();

        // Act
        List<PluginInfo> plugins = table.describe(chain);

        // Assert
        assertEquals(PluginState.AVAILABLE, plugins.get(0).state());
        assertEquals(PluginState.ACTIVE, plugins.get(1).state());
        assertEquals(Optional.of(new Height(5)), plugins.get(1).activeSince());
    }

    @Test
    void removingAnUnknownServiceChangesNothing() {
        // Arrange
        add(TestPlugin.of("transfer", List.of(0x4154), List.of(0x54)), "b.transfer");

        // Act
        List<RegisteredPlugin> promoted = table.remove(12345);

        // Assert
        assertTrue(promoted.isEmpty());
        assertEquals(1, table.describe(ActivationSource.NONE).size());
    }
}
