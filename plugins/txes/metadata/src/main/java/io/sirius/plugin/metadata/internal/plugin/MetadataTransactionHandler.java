package io.sirius.plugin.metadata.internal.plugin;

import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.NotificationSink;
import io.sirius.api.plugin.TransactionContext;
import io.sirius.api.plugin.TransactionHandler;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataSizesNotification;
import io.sirius.plugin.metadata.model.MetadataTargetApprovalNotification;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.model.MetadataTypes;
import io.sirius.plugin.metadata.model.MetadataValueNotification;
import java.util.Objects;

/**
 * Publishes a metadata_v2 transaction's notifications: the target's approval first (Sirius checks required cosigners
 * before anything else happens), then the sizes, then the value change keyed by the signer's address, and for account
 * metadata the target key becoming known.
 *
 * <p>Sirius also publishes, for the mosaic forms, {@code MosaicRequiredNotification(targetKey, targetMosaicId)} and, for
 * the namespace forms, {@code NamespaceRequiredNotification(targetKey, targetNamespaceId)}, which the mosaic and
 * namespace plugins judge (the target exists, is active and is owned by the target key). Those notifications are not
 * in plugin-api yet, so this handler cannot publish them; until they are, metadata may be attached to a mosaic or
 * namespace id the target key does not own.
 */
public final class MetadataTransactionHandler implements TransactionHandler<MetadataTransaction> {
    private final MetadataForm form;

    /**
     * @param form the type this handler publishes for
     */
    public MetadataTransactionHandler(MetadataForm form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    @Override
    public void publish(MetadataTransaction transaction, TransactionContext context, NotificationSink sink) {
        if (context.version() != MetadataTypes.VERSION) {
            // the kernel accepts only versions the descriptor understands; there is nothing else to publish
            return;
        }
        sink.publish(new MetadataTargetApprovalNotification(context.signer(), transaction.targetKey()));
        sink.publish(new MetadataSizesNotification(transaction.valueSizeDelta(), transaction.valueSize()));
        sink.publish(new MetadataValueNotification(context.addressOf(context.signer()), transaction.targetKey(),
                transaction.scopedMetadataKey(), form.target(), transaction.targetId(), transaction.valueSizeDelta(),
                transaction.value(), form.extended(), transaction.immutable()));
        if (!form.hasTargetId()) {
            sink.publish(new AccountPublicKeyNotification(transaction.targetKey()));
        }
    }
}
