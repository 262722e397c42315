package io.sirius.kernel.internal;

import io.sirius.api.plugin.TransactionPlugin;
import java.util.Optional;

/**
 * A plugin service the registry has seen, with what it declared and, if it was refused, why.
 *
 * @param service the plugin service
 * @param serviceId its service id, the key of the registry
 * @param origin the bundle it came from
 * @param declaration what it registered
 * @param rejection why it is refused; empty if accepted
 */
record RegisteredPlugin(TransactionPlugin service, long serviceId, PluginOrigin origin, PluginDeclaration declaration,
        Optional<Rejection> rejection) {

    /**
     * Why a plugin was refused.
     *
     * @param clash true if another plugin holds something it declared (it may be accepted once that one leaves);
     *     false if its own declaration is broken
     * @param message the explanation, naming the bundles involved
     */
    record Rejection(boolean clash, String message) {
    }

    /** @return whether the kernel accepted it */
    boolean accepted() {
        return rejection.isEmpty();
    }

    /** @return whether it is rejected only because another plugin holds something it declared */
    boolean clashes() {
        return rejection.map(Rejection::clash).orElse(false);
    }

    /** @return the rejection message, if rejected */
    Optional<String> problem() {
        return rejection.map(Rejection::message);
    }

    /**
     * @param rejection why it is refused
     * @return the same plugin, rejected
     */
    RegisteredPlugin reject(Rejection rejection) {
        return new RegisteredPlugin(service, serviceId, origin, declaration, Optional.of(rejection));
    }

    /** @return the same plugin, accepted */
    RegisteredPlugin accept() {
        return new RegisteredPlugin(service, serviceId, origin, declaration, Optional.empty());
    }
}
