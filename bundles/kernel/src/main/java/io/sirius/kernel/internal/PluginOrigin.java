package io.sirius.kernel.internal;

/**
 * The bundle a plugin came from, as error messages and listings name it.
 *
 * @param symbolicName the bundle's symbolic name
 * @param version the bundle's version
 * @param bundleId the bundle's id
 */
record PluginOrigin(String symbolicName, String version, long bundleId) {

    /** @return e.g. {@code bundle io.sirius.plugin.transfer 0.1.0.SNAPSHOT [42]} */
    String describe() {
        return "bundle " + symbolicName + " " + version + " [" + bundleId + "]";
    }
}
