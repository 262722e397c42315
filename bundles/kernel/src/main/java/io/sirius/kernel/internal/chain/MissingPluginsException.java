package io.sirius.kernel.internal.chain;

import java.util.Set;

/**
 * The network config in force enables plugins this node does not have (their bundles are not installed or were
 * rejected): blocks cannot be processed until they are back.
 */
public final class MissingPluginsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Set<String> missing;

    /**
     * @param missing the plugin names
     * @param height the height whose config enables them
     */
    public MissingPluginsException(Set<String> missing, long height) {
        super("the network config in force at height " + height + " enables plugin(s) " + String.join(", ", missing)
                + " that this node does not have; block processing is paused until they are installed "
                + "(sirius:plugin install <name>)");
        this.missing = Set.copyOf(missing);
    }

    /** @return the missing plugin names */
    public Set<String> missing() {
        return missing;
    }
}
