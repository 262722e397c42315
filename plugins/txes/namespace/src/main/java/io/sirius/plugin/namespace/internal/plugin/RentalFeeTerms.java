package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.model.Amount;
import io.sirius.api.model.MosaicId;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import java.util.Objects;

/**
 * What a registration costs at a height: the namespace section in force there and the currency it is paid in.
 *
 * @param config the namespace section
 * @param currencyMosaicId the network's currency mosaic
 */
public record RentalFeeTerms(NamespaceConfig config, MosaicId currencyMosaicId) {

    /** Checks for nulls. */
    public RentalFeeTerms {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(currencyMosaicId, "currencyMosaicId");
    }

    /**
     * The fee as Sirius computes it: a root pays {@code rootNamespaceRentalFeePerBlock x duration}, a child (any other
     * type byte, as in Sirius) {@code childNamespaceRentalFee}. Where Sirius's uint64 product would wrap around, this
     * node charges 2^64 - 1, which no account can pay.
     *
     * @param transaction the registration
     * @return the fee
     */
    public Amount fee(RegisterNamespaceTransaction transaction) {
        if (!transaction.isRoot()) {
            return config.childNamespaceRentalFee();
        }
        long perBlock = config.rootNamespaceRentalFeePerBlock().value();
        long duration = transaction.duration().value();
        if (perBlock != 0 && Long.compareUnsigned(duration, Long.divideUnsigned(-1L, perBlock)) > 0) {
            return new Amount(-1L);
        }
        return new Amount(perBlock * duration);
    }
}
