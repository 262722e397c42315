package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.plugin.TransactionContext;
import java.util.Optional;

/**
 * Where the Register_Namespace handler learns the rental fee terms at a transaction's height.
 */
@FunctionalInterface
public interface RentalFeeSource {

    /**
     * @param context the transaction's context
     * @return the terms in force at its height, or empty if they cannot be known here
     */
    Optional<RentalFeeTerms> at(TransactionContext context);
}
