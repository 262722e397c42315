package io.sirius.api.notification;

import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import java.util.List;

/**
 * A transaction of a given type by {@code source} that involves other accounts; account properties judge
 * whether the participants accept it.
 *
 * @param source the signer
 * @param transactionType the transaction's type
 * @param participants the other accounts involved
 */
public record AddressInteractionNotification(PublicKey source, EntityType transactionType,
        List<UnresolvedAddress> participants) implements Notification {

    /** Copies the participants. */
    public AddressInteractionNotification {
        participants = List.copyOf(participants);
    }
}
