package io.sirius.kernel;

import io.sirius.api.model.Height;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the kernel knows of one registered plugin.
 *
 * @param name the plugin's name
 * @param bundleSymbolicName the bundle that provides it
 * @param bundleVersion that bundle's version
 * @param bundleId that bundle's id in the framework
 * @param transactions the transaction types it declared
 * @param facilities the result facilities it declared
 * @param state available, active or rejected
 * @param activeSince the height its types became active, when active
 * @param problem why it was rejected, when rejected; empty otherwise
 */
public record PluginInfo(String name, String bundleSymbolicName, String bundleVersion, long bundleId,
        List<TransactionTypeInfo> transactions, Set<Integer> facilities, PluginState state,
        Optional<Height> activeSince, Optional<String> problem) {

    /** Copies the collections. */
    public PluginInfo {
        transactions = List.copyOf(transactions);
        facilities = Set.copyOf(facilities);
    }
}
