package io.sirius.plugin.metadata.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.plugin.metadata.model.MetadataTargetApprovalNotification;

/**
 * Metadata about an account (or about the mosaic or namespace it owns) needs that account's approval. In Sirius every
 * metadata_v2 type is embeddable only, and the target key is an additional required cosigner of the aggregate that
 * carries it ({@code ExtractAdditionalRequiredCosigners} returns {@code TargetKey}); the aggregate plugin refuses an
 * aggregate without that cosignature.
 *
 * <p>This node has no aggregates yet, so the only approval it can see is the target's own signature: the signer must be
 * the target key, or the transaction fails with {@code Failure_Metadata_v2_Target_Approval_Required}. That also makes
 * top-level metadata transactions usable, which Sirius refuses outright; they are accepted here only in the case where
 * the aggregate Sirius requires would hold no cosignature but the signer's own.
 *
 * <p>When aggregates land, the target becomes a required cosigner of the aggregate (a plugin-api hook for a type's
 * additional cosigners is needed), and this rule then applies to top-level transactions alone, if they stay allowed.
 */
public final class MetadataTargetApprovalValidator implements StatelessValidator<MetadataTargetApprovalNotification> {

    @Override
    public Class<MetadataTargetApprovalNotification> notificationType() {
        return MetadataTargetApprovalNotification.class;
    }

    @Override
    public ResultCode validate(MetadataTargetApprovalNotification notification, ValidationContext context) {
        return notification.signer().equals(notification.targetKey())
                ? ResultCodes.SUCCESS
                : MetadataResults.TARGET_APPROVAL_REQUIRED;
    }
}
