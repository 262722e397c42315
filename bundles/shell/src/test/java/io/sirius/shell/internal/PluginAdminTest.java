package io.sirius.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.sirius.api.SiriusException;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Height;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.PluginState;
import io.sirius.kernel.TransactionTypeInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginAdminTest {
    private final FeaturesService features = mock(FeaturesService.class);
    private final List<PluginInfo> registered = new ArrayList<>();
    private final Set<String> installed = new HashSet<>();
    private final PluginRegistry registry = new PluginRegistry() {
        @Override
        public List<PluginInfo> plugins() {
            return List.copyOf(registered);
        }

        @Override
        public Optional<PluginInfo> plugin(String name) {
            return registered.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    };
    private final PluginAdmin admin = new PluginAdmin(features, registry, Duration.ofMillis(1));
    private final Feature transfer = feature("sirius-plugin-transfer");
    private final Feature mosaic = feature("sirius-plugin-mosaic");
    private final Feature scr = feature("scr");

    private static Feature feature(String name) {
        Feature f = mock(Feature.class);
        when(f.getName()).thenReturn(name);
        when(f.getVersion()).thenReturn("0.1.0");
        return f;
    }

    private static PluginInfo info(String name, PluginState state, Optional<String> problem) {
        return new PluginInfo(name, "io.sirius.plugin." + name, "0.1.0", 42,
                List.of(new TransactionTypeInfo("Transfer", new EntityType(0x4154), 3, 3)), Set.of(0x54), state,
                state == PluginState.ACTIVE ? Optional.of(new Height(7)) : Optional.empty(), problem);
    }

    @BeforeEach
    void wireFeatures() throws Exception {
        when(features.listFeatures()).thenReturn(new Feature[] {transfer, mosaic, scr});
        when(features.isInstalled(any())).thenAnswer(i -> installed.contains(((Feature) i.getArgument(0)).getName()));
        when(features.isRequired(any())).thenAnswer(i -> installed.contains(((Feature) i.getArgument(0)).getName()));
    }

    @Test
    void listShowsRegisteredAndNotInstalledPlugins() throws Exception {
        // Arrange
        installed.add("sirius-plugin-transfer");
        registered.add(info("transfer", PluginState.ACTIVE, Optional.empty()));

        // Act
        List<PluginRow> rows = admin.list();

        // Assert
        assertEquals(2, rows.size());
        assertEquals(new PluginRow("mosaic", "0.1.0", "-", "-", "not installed", Optional.empty()), rows.get(0));
        assertEquals(new PluginRow("transfer", "0.1.0", "io.sirius.plugin.transfer [42]", "0x4154", "active since 7",
                Optional.empty()), rows.get(1));
    }

    @Test
    void listPrintsATableAndRejectionReasons() throws Exception {
        // Arrange
        installed.add("sirius-plugin-transfer");
        registered.add(info("transfer", PluginState.REJECTED, Optional.of("type 0x4154 is taken")));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        // Act
        PluginCommand.print(admin.list(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        // Assert
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("rejected"), text);
        assertTrue(text.contains("Rejected transfer: type 0x4154 is taken"), text);
        assertTrue(text.contains("not installed"), text);
    }

    @Test
    void installInstallsTheFeatureAndWaitsForTheRegistry() throws Exception {
        // Arrange
        doAnswer(i -> {
            installed.add("sirius-plugin-mosaic");
            registered.add(info("mosaic", PluginState.AVAILABLE, Optional.empty()));
            return null;
        }).when(features).installFeature("sirius-plugin-mosaic");

        // Act
        String message = admin.install("mosaic", Duration.ofSeconds(5));

        // Assert
        assertTrue(message.startsWith("Plugin mosaic installed: available"), message);
    }

    @Test
    void installReportsARejectedPluginAsAnError() throws Exception {
        // Arrange
        doAnswer(i -> {
            registered.add(info("mosaic", PluginState.REJECTED, Optional.of("facility 0x4D is taken")));
            return null;
        }).when(features).installFeature("sirius-plugin-mosaic");

        // Act
        SiriusException e = assertThrows(SiriusException.class, () -> admin.install("mosaic", Duration.ofSeconds(5)));

        // Assert
        assertTrue(e.getMessage().contains("facility 0x4D is taken"), e.getMessage());
    }

    @Test
    void installSaysWhenThePluginNeverRegisters() throws Exception {
        // Act
        String message = admin.install("mosaic", Duration.ofMillis(20));

        // Assert
        assertTrue(message.contains("did not register"), message);
    }

    @Test
    void unknownPluginsAreNamedWithTheKnownOnes() {
        // Act
        SiriusException e = assertThrows(SiriusException.class, () -> admin.install("nope", Duration.ofSeconds(1)));

        // Assert
        assertTrue(e.getMessage().contains("sirius-plugin-nope") && e.getMessage().contains("mosaic, transfer"),
                e.getMessage());
    }

    @Test
    void uninstallRemovesTheFeatureAndWaitsUntilThePluginIsGone() throws Exception {
        // Arrange
        installed.add("sirius-plugin-transfer");
        registered.add(info("transfer", PluginState.AVAILABLE, Optional.empty()));
        doAnswer(i -> {
            installed.remove("sirius-plugin-transfer");
            registered.clear();
            return null;
        }).when(features).uninstallFeature("sirius-plugin-transfer", "0.1.0");

        // Act
        String message = admin.uninstall("transfer", Duration.ofSeconds(5));

        // Assert
        assertEquals("Plugin transfer uninstalled.", message);
    }

    @Test
    void uninstallRefusesAPluginThatIsNotARootFeature() throws Exception {
        // Arrange
        installed.add("sirius-plugin-transfer");
        when(features.isRequired(transfer)).thenReturn(false);
        Feature profile = feature("sirius-public");
        Dependency dependency = mock(Dependency.class);
        when(dependency.getName()).thenReturn("sirius-plugin-transfer");
        doAnswer(i -> List.of(dependency)).when(profile).getDependencies();
        Feature[] required = {profile};
        when(features.listRequiredFeatures()).thenReturn(required);

        // Act
        SiriusException e = assertThrows(SiriusException.class, () -> admin.uninstall("transfer", Duration.ofSeconds(1)));

        // Assert
        assertTrue(e.getMessage().contains("sirius-public"), e.getMessage());
        verify(features, never()).uninstallFeature(any(String.class), any(String.class));
    }

    @Test
    void completionOffersWhatTheActionCanTake() throws Exception {
        // Arrange
        installed.add("sirius-plugin-transfer");

        // Act and Assert
        assertEquals(List.of("mosaic"), admin.installable());
        assertEquals(List.of("transfer"), admin.uninstallable());
    }
}
