package io.sirius.plugin.metadata.internal.plugin;

import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.UnresolvedMosaicId;
import io.sirius.api.notification.AccountPublicKeyNotification;
import io.sirius.api.notification.MosaicRequiredNotification;
import io.sirius.api.notification.NamespaceRequiredNotification;
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
 * before anything else happens), then, in the order of Sirius's handler, the sizes, the value change keyed by the
 * signer's address, and what the target needs: for account metadata the target key becoming known
 * ({@link AccountPublicKeyNotification}), for mosaic metadata the mosaic ({@link MosaicRequiredNotification} of the
 * target key and the target id, possibly an alias), for namespace metadata the namespace
 * ({@link NamespaceRequiredNotification} of the target key and the target id).
 *
 * <p>The mosaic and namespace plugins judge those two notifications (the target exists, is active at the height and
 * belongs to the target key); while they are not active, nothing does (see {@link MetadataPlugin}).
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
        switch (form.target()) {
            case ACCOUNT -> sink.publish(new AccountPublicKeyNotification(transaction.targetKey()));
            case MOSAIC -> sink.publish(new MosaicRequiredNotification(transaction.targetKey(),
                    new UnresolvedMosaicId(transaction.targetId())));
            case NAMESPACE -> sink.publish(new NamespaceRequiredNotification(transaction.targetKey(),
                    new NamespaceId(transaction.targetId())));
            default -> throw new IllegalStateException("no target " + form.target());
        }
    }
}
