package io.sirius.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginCapabilityTest {
    /** What bnd writes for a plugin with one type, after the DS service capability. */
    private static final String ONE_TYPE = "osgi.service;objectClass:List<String>=\"io.sirius.api.plugin.TransactionPlugin\";"
            + "uses:=\"io.sirius.api.plugin\",io.sirius.plugin;io.sirius.plugin=multisig;types:List<String>=0x4155";

    /** A class with no dependencies, to load from a jar. */
    static final class Probe {
    }

    private static Manifest manifest(String provideCapability) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (provideCapability != null) {
            manifest.getMainAttributes().putValue("Provide-Capability", provideCapability);
        }
        return manifest;
    }

    @Test
    void readsTheNameAndTypesAsBndWritesThem() {
        // Act
        PluginCapability one = PluginCapability.parse(ONE_TYPE);
        PluginCapability two = PluginCapability.parse("io.sirius.plugin;io.sirius.plugin=lockhash;"
                + "types:List<String>=\"0x4148,0x4152\"");

        PluginCapability untyped = PluginCapability.parse("io.sirius.plugin;io.sirius.plugin=lockhash;types=\"0x4148,0x4152\"");

        // Assert
        assertEquals(new PluginCapability("multisig", List.of("0x4155")), one);
        assertEquals(new PluginCapability("lockhash", List.of("0x4148", "0x4152")), two);
        assertEquals(two, untyped);
    }

    @Test
    void aPluginWithoutTypesHasAnEmptyList() {
        // Act
        PluginCapability capability = PluginCapability.parse("io.sirius.plugin;io.sirius.plugin=config");

        // Assert
        assertEquals(List.of(), capability.types());
    }

    @Test
    void aHeaderWithoutThePluginCapabilityIsAnError() {
        // Act
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PluginCapability.parse("osgi.service;objectClass:List<String>=\"a.B\""));

        // Assert
        assertTrue(e.getMessage().startsWith("no io.sirius.plugin capability in "), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PluginCapability.parse(null));
        assertThrows(IllegalStateException.class, () -> PluginCapability.parse("io.sirius.plugin;types=0x4154"));
    }

    @Test
    void readsAManifestFile(@TempDir Path dir) throws IOException {
        // Arrange
        Path file = dir.resolve("MANIFEST.MF");
        try (OutputStream out = Files.newOutputStream(file)) {
            manifest(ONE_TYPE).write(out);
        }

        // Act
        PluginCapability capability = PluginCapability.read(file);

        // Assert
        assertEquals(new PluginCapability("multisig", List.of("0x4155")), capability);
    }

    @Test
    void saysSoWhenBndHasNotWrittenTheManifest() {
        // Act: the testkit's own test classes have no manifest
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PluginCapability.of(Probe.class));

        // Assert
        assertTrue(e.getMessage().startsWith("bnd did not write "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; run the build through Maven"), e.getMessage());
    }

    @Test
    void readsTheManifestOfTheJarAClassWasLoadedFrom(@TempDir Path dir) throws Exception {
        // Arrange: Probe alone in a jar with the capability
        Path jar = dir.resolve("plugin.jar");
        String entry = Probe.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest(ONE_TYPE));
                InputStream in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }

        // Act
        PluginCapability capability;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            capability = PluginCapability.of(loader.loadClass(Probe.class.getName()));
        }

        // Assert
        assertEquals(new PluginCapability("multisig", List.of("0x4155")), capability);
    }
}
