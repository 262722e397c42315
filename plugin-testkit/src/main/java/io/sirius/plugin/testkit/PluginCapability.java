package io.sirius.plugin.testkit;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import io.sirius.api.plugin.SiriusPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The {@value SiriusPlugin#NAMESPACE} capability of a plugin bundle, as bnd wrote it from {@link SiriusPlugin} into
 * the manifest and as the OSGi resolver and the kernel read it, for the registration test that checks it against
 * what the plugin registers:
 *
 * <pre>{@code
 * PluginCapability capability = PluginCapability.of(TransferPlugin.class);
 *
 * assertEquals(new TransferPlugin().name(), capability.name());
 * assertEquals(registrar.transactions().stream().map(t -> t.type().toString()).toList(), capability.types());
 * }</pre>
 *
 * <p>The header is parsed with bnd's own parser ({@link Parameters}), so quoting, typed attributes and repeated
 * namespaces are read as the framework reads them. bnd writes the manifest into {@code target/classes} when Maven
 * builds the bundle, before the tests run; a test run outside Maven, on classes no bnd touched, fails with a message
 * saying so.
 *
 * @param name the plugin's name ({@code io.sirius.plugin=<name>})
 * @param types the transaction types, as {@code 0x4154} strings in the order the header lists them; empty if the
 *     attribute is absent. bnd writes them typed ({@code types:List<String>=...}); a plain comma-separated string is
 *     read too, as the kernel reads it
 */
public record PluginCapability(String name, List<String> types) {

    /**
     * @param name the plugin's name
     * @param types the transaction types
     */
    public PluginCapability {
        Objects.requireNonNull(name, "name");
        types = List.copyOf(types);
    }

    /**
     * Reads the capability from the manifest beside a plugin's classes: {@code META-INF/MANIFEST.MF} under the
     * directory the class was loaded from ({@code target/classes}), or the manifest of its jar.
     *
     * @param pluginClass a class of the plugin's bundle, normally its {@code TransactionPlugin}
     * @return the capability
     * @throws IllegalStateException if there is no manifest, or it has no {@value SiriusPlugin#NAMESPACE} capability
     */
    public static PluginCapability of(Class<?> pluginClass) {
        Path location;
        try {
            location = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell where " + pluginClass.getName() + " was loaded from", e);
        }
        if (!Files.isDirectory(location)) {
            try (JarFile jar = new JarFile(location.toFile())) {
                Manifest manifest = jar.getManifest();
                if (manifest == null) {
                    throw new IllegalStateException(location + " has no manifest");
                }
                return fromManifest(manifest, location.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        }
        return read(location.resolve("META-INF").resolve("MANIFEST.MF"));
    }

    /**
     * @param manifestFile a manifest file
     * @return the capability it declares
     * @throws IllegalStateException if the file does not exist (bnd did not run), or declares no
     *     {@value SiriusPlugin#NAMESPACE} capability
     */
    public static PluginCapability read(Path manifestFile) {
        if (!Files.exists(manifestFile)) {
            throw new IllegalStateException("bnd did not write " + manifestFile + "; run the build through Maven");
        }
        try (InputStream in = Files.newInputStream(manifestFile)) {
            return fromManifest(new Manifest(in), manifestFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifestFile, e);
        }
    }

    /**
     * @param provideCapability a {@code Provide-Capability} header's value
     * @return the {@value SiriusPlugin#NAMESPACE} capability in it
     * @throws IllegalStateException if it has none
     */
    public static PluginCapability parse(String provideCapability) {
        Parameters capabilities = new Parameters(provideCapability == null ? "" : provideCapability);
        // bnd keeps a namespace that appears twice under the same key with a "~" appended
        Attrs plugin = capabilities.entrySet().stream()
                .filter(e -> e.getKey().replace("~", "").equals(SiriusPlugin.NAMESPACE))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + SiriusPlugin.NAMESPACE + " capability in "
                        + capabilities));
        String name = plugin.get(SiriusPlugin.NAMESPACE);
        if (name == null) {
            throw new IllegalStateException("the " + SiriusPlugin.NAMESPACE + " capability has no "
                    + SiriusPlugin.NAMESPACE + " attribute: " + plugin);
        }
        // typed (List<String>) as bnd writes it from @SiriusPlugin, or a plain comma-separated string, as the kernel
        // accepts either
        Object declared = plugin.getTyped(SiriusPlugin.TYPES_ATTRIBUTE);
        List<String> types = new ArrayList<>();
        if (declared instanceof List<?> list) {
            list.forEach(type -> types.add(String.valueOf(type).trim()));
        } else if (declared instanceof String text && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).forEach(types::add);
        }
        return new PluginCapability(name, types);
    }

    private static PluginCapability fromManifest(Manifest manifest, String where) {
        String header = manifest.getMainAttributes().getValue("Provide-Capability");
        if (header == null) {
            throw new IllegalStateException(where + " has no Provide-Capability header");
        }
        return parse(header);
    }
}
