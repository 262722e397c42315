package io.sirius.api.notification;

import io.sirius.api.model.Amount;

/**
 * The fee of a transaction: what the block charges (fee multiplier x size x fee interest) against the
 * signer's maximum.
 *
 * @param size the transaction's size in bytes, as the fee rules count it
 * @param fee the fee charged
 * @param maxFee the most the signer agreed to pay
 */
public record TransactionFeeNotification(int size, Amount fee, Amount maxFee) implements Notification {
}
