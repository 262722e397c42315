package io.sirius.api.notification;

import io.sirius.api.model.Amount;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;

/**
 * An amount entering an account named by address (or by an address alias), without a sender: what a plugin pays out
 * of funds it holds for someone whose public key may be unknown (a secret lock's recipient). As with
 * {@link BalanceCreditNotification}, the kernel's core observes it, so balances and the harvesting balance history
 * stay exact; the core refuses it when the address or the mosaic does not resolve.
 *
 * @param recipient the credited account
 * @param mosaicId the mosaic
 * @param amount the amount
 * @since 1.1
 */
public record BalanceAddressCreditNotification(UnresolvedAddress recipient, UnresolvedMosaicId mosaicId, Amount amount)
        implements Notification {
}
