package io.sirius.api.notification;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;

/**
 * An amount leaving an account without a recipient (fees, deposits).
 *
 * @param sender the debited account
 * @param mosaicId the mosaic
 * @param amount the amount
 */
public record BalanceDebitNotification(PublicKey sender, UnresolvedMosaicId mosaicId, Amount amount)
        implements Notification {
}
