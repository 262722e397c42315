package io.sirius.shell.internal;

import java.util.Optional;

/**
 * One line of {@code sirius:plugin list}.
 *
 * @param name the plugin's name
 * @param version the bundle's version, or the feature's when not installed
 * @param bundle the bundle's symbolic name and id, or "-"
 * @param types the transaction types, comma separated, or "-"
 * @param state what an operator needs to know: not installed, installed (not started), available, active since h,
 *     rejected
 * @param problem why it was rejected, if it was
 */
record PluginRow(String name, String version, String bundle, String types, String state, Optional<String> problem) {
}
