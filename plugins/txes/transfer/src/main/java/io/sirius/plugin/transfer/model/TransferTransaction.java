package io.sirius.plugin.transfer.model;

import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaic;
import java.util.List;
import java.util.Objects;

/**
 * The body of a Transfer (0x4154): {@code Recipient 25 | MessageSize u16 | MosaicsCount u8 | Message | Mosaics}.
 * The message is opaque to the node; by SDK convention its first byte says plain (0) or secure (1).
 *
 * @param recipient the recipient's address or namespace alias
 * @param message the message bytes, at most 65535
 * @param mosaics the mosaics sent, in wire order (validators require ascending unique ids)
 */
public record TransferTransaction(UnresolvedAddress recipient, byte[] message, List<UnresolvedMosaic> mosaics) {

    /** Checks and copies the arguments. */
    public TransferTransaction {
        Objects.requireNonNull(recipient, "recipient");
        message = message.clone();
        mosaics = List.copyOf(mosaics);
        if (message.length > 0xFFFF) {
            throw new IllegalArgumentException("a message holds at most 65535 bytes, not " + message.length);
        }
        if (mosaics.size() > 0xFF) {
            throw new IllegalArgumentException("a transfer carries at most 255 mosaics, not " + mosaics.size());
        }
    }

    /** @return a copy of the message */
    @Override
    public byte[] message() {
        return message.clone();
    }

    /** @return the message's size in bytes */
    public int messageSize() {
        return message.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransferTransaction that && recipient.equals(that.recipient)
                && java.util.Arrays.equals(message, that.message) && mosaics.equals(that.mosaics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, java.util.Arrays.hashCode(message), mosaics);
    }

    @Override
    public String toString() {
        return "TransferTransaction[recipient=" + recipient + ", messageSize=" + message.length + ", mosaics=" + mosaics + "]";
    }
}
