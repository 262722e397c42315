package io.sirius.plugin.namespace.internal.observers;

import io.sirius.plugin.namespace.state.RetiredHoldings;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.namespace.state.RootTerm;
import java.util.Optional;

/**
 * What a root registration did, read from the root it left (see the package documentation).
 */
final class Registrations {

    private Registrations() {
    }

    /**
     * @param root the root as the registration left it
     * @return whether the registration created it
     */
    static boolean created(RootNamespace root) {
        return root.history().isEmpty();
    }

    /**
     * @param root the root as the registration left it
     * @return the term the registration replaced, if it replaced one
     */
    static Optional<RootTerm> replaced(RootNamespace root) {
        return root.lastTerm();
    }

    /**
     * @param root the root as the registration left it
     * @return what the previous owner lost, if the registration was a takeover by another account
     */
    static Optional<RetiredHoldings> retired(RootNamespace root) {
        return root.lastTerm().flatMap(RootTerm::retired);
    }
}
