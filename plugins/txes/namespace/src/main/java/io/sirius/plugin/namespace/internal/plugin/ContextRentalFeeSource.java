package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import java.util.Optional;

/**
 * The rental fee terms from the handler's own context. The plugin API's {@link TransactionContext} carries neither the
 * config in force nor the currency mosaic, though Sirius's handler reads both; a context that also implements
 * {@link ValidationContext} (same height, same network) gives them, and then this source returns them. Any other
 * context gives nothing and the handler fails the registration closed (see RegisterNamespaceTransactionHandler).
 *
 * <p>The plain fix is for {@code TransactionContext} to offer {@code config(section)} and {@code currencyMosaicId()};
 * this class is the only place to change then.
 */
public final class ContextRentalFeeSource implements RentalFeeSource {

    @Override
    public Optional<RentalFeeTerms> at(TransactionContext context) {
        if (context instanceof ValidationContext settings) {
            return Optional.of(new RentalFeeTerms(settings.config(NamespaceConfig.SECTION), settings.currencyMosaicId()));
        }
        return Optional.empty();
    }
}
