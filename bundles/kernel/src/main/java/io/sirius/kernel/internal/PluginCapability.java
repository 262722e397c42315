package io.sirius.kernel.internal;

import io.sirius.api.model.EntityType;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The {@value SiriusPlugin#NAMESPACE} capability a plugin bundle declares in its manifest (generated from
 * {@link SiriusPlugin}), and the check that the plugin registered what it declared.
 *
 * @param name the declared plugin name
 * @param types the declared transaction types
 */
record PluginCapability(String name, Set<Integer> types) {

    /**
     * Reads the capabilities of a bundle.
     *
     * @param bundle the bundle
     * @return every {@value SiriusPlugin#NAMESPACE} capability it declares
     */
    static List<PluginCapability> of(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        return revision.getDeclaredCapabilities(SiriusPlugin.NAMESPACE).stream()
                .map(BundleCapability::getAttributes)
                .map(PluginCapability::fromAttributes)
                .collect(Collectors.toList());
    }

    /**
     * @param attributes a capability's attributes
     * @return the capability
     * @throws PluginDeclarationException if the attributes are malformed
     */
    static PluginCapability fromAttributes(Map<String, Object> attributes) {
        Object name = attributes.get(SiriusPlugin.NAMESPACE);
        if (!(name instanceof String)) {
            throw new PluginDeclarationException("its " + SiriusPlugin.NAMESPACE + " capability has no plugin name");
        }
        Set<Integer> types = new TreeSet<>();
        Object declared = attributes.get(SiriusPlugin.TYPES_ATTRIBUTE);
        if (declared instanceof String single) {
            declared = List.of(single.split(","));
        }
        if (declared instanceof List<?> list) {
            for (Object type : list) {
                try {
                    types.add(Integer.decode(String.valueOf(type).trim()));
                } catch (NumberFormatException e) {
                    throw new PluginDeclarationException("its capability lists '" + type + "', not a type code like 0x4154");
                }
            }
        }
        return new PluginCapability((String) name, types);
    }

    /**
     * Picks the capability that names {@code pluginName} and checks that the declaration agrees with it.
     *
     * @param capabilities the bundle's capabilities
     * @param declaration what the plugin registered
     * @return a description of the mismatch, or empty if they agree
     */
    static Optional<String> mismatch(List<PluginCapability> capabilities, PluginDeclaration declaration) {
        Optional<PluginCapability> match = capabilities.stream()
                .filter(c -> c.name().equals(declaration.name()))
                .findFirst();
        if (match.isEmpty()) {
            return Optional.of("its bundle declares no " + SiriusPlugin.NAMESPACE + " capability for plugin '"
                    + declaration.name() + "'; annotate the plugin class with @SiriusPlugin(\"" + declaration.name() + "\")");
        }
        Set<Integer> registered = declaration.transactions().stream()
                .map(TransactionDescriptor::type)
                .map(EntityType::value)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!registered.equals(match.get().types())) {
            return Optional.of("it registered transaction types " + hex(registered)
                    + " but its bundle's capability declares " + hex(match.get().types()));
        }
        return Optional.empty();
    }

    private static String hex(Set<Integer> types) {
        return types.stream().map(t -> String.format("0x%04X", t)).collect(Collectors.joining(", ", "[", "]"));
    }
}
