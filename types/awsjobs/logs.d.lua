---@meta
-- Generated from botocore 1.43.11 (logs 2014-03-28); do not edit. Regenerate: python3 tools/gen_docs.py
-- LuaLS definitions of awsjobs.logs (see types/awsjobs/init.d.lua for the rest of the API).

---@alias awsjobs.logs.Operation "AssociateKmsKey"|"AssociateSourceToS3TableIntegration"|"CancelExportTask"|"CancelImportTask"|"CreateDelivery"|"CreateExportTask"|"CreateImportTask"|"CreateLogAnomalyDetector"|"CreateLogGroup"|"CreateLogStream"|"CreateLookupTable"|"CreateScheduledQuery"|"DeleteAccountPolicy"|"DeleteDataProtectionPolicy"|"DeleteDelivery"|"DeleteDeliveryDestination"|"DeleteDeliveryDestinationPolicy"|"DeleteDeliverySource"|"DeleteDestination"|"DeleteIndexPolicy"|"DeleteIntegration"|"DeleteLogAnomalyDetector"|"DeleteLogGroup"|"DeleteLogStream"|"DeleteLookupTable"|"DeleteMetricFilter"|"DeleteQueryDefinition"|"DeleteResourcePolicy"|"DeleteRetentionPolicy"|"DeleteScheduledQuery"|"DeleteSubscriptionFilter"|"DeleteTransformer"|"DescribeAccountPolicies"|"DescribeConfigurationTemplates"|"DescribeDeliveries"|"DescribeDeliveryDestinations"|"DescribeDeliverySources"|"DescribeDestinations"|"DescribeExportTasks"|"DescribeFieldIndexes"|"DescribeImportTaskBatches"|"DescribeImportTasks"|"DescribeIndexPolicies"|"DescribeLogGroups"|"DescribeLogStreams"|"DescribeLookupTables"|"DescribeMetricFilters"|"DescribeQueries"|"DescribeQueryDefinitions"|"DescribeResourcePolicies"|"DescribeSubscriptionFilters"|"DisassociateKmsKey"|"DisassociateSourceFromS3TableIntegration"|"FilterLogEvents"|"GetDataProtectionPolicy"|"GetDelivery"|"GetDeliveryDestination"|"GetDeliveryDestinationPolicy"|"GetDeliverySource"|"GetIntegration"|"GetLogAnomalyDetector"|"GetLogEvents"|"GetLogFields"|"GetLogGroupFields"|"GetLogObject"|"GetLogRecord"|"GetLookupTable"|"GetQueryResults"|"GetScheduledQuery"|"GetScheduledQueryHistory"|"GetTransformer"|"ListAggregateLogGroupSummaries"|"ListAnomalies"|"ListIntegrations"|"ListLogAnomalyDetectors"|"ListLogGroups"|"ListLogGroupsForQuery"|"ListScheduledQueries"|"ListSourcesForS3TableIntegration"|"ListTagsForResource"|"ListTagsLogGroup"|"PutAccountPolicy"|"PutBearerTokenAuthentication"|"PutDataProtectionPolicy"|"PutDeliveryDestination"|"PutDeliveryDestinationPolicy"|"PutDeliverySource"|"PutDestination"|"PutDestinationPolicy"|"PutIndexPolicy"|"PutIntegration"|"PutLogEvents"|"PutLogGroupDeletionProtection"|"PutMetricFilter"|"PutQueryDefinition"|"PutResourcePolicy"|"PutRetentionPolicy"|"PutSubscriptionFilter"|"PutTransformer"|"StartLiveTail"|"StartQuery"|"StopQuery"|"TagLogGroup"|"TagResource"|"TestMetricFilter"|"TestTransformer"|"UntagLogGroup"|"UntagResource"|"UpdateAnomaly"|"UpdateDeliveryConfiguration"|"UpdateLogAnomalyDetector"|"UpdateLookupTable"|"UpdateScheduledQuery"
---@alias awsjobs.logs.Paginated "DescribeConfigurationTemplates"|"DescribeDeliveries"|"DescribeDeliveryDestinations"|"DescribeDeliverySources"|"DescribeDestinations"|"DescribeExportTasks"|"DescribeLogGroups"|"DescribeLogStreams"|"DescribeMetricFilters"|"DescribeQueries"|"DescribeResourcePolicies"|"DescribeSubscriptionFilters"|"FilterLogEvents"|"GetScheduledQueryHistory"|"ListAggregateLogGroupSummaries"|"ListAnomalies"|"ListLogAnomalyDetectors"|"ListLogGroupsForQuery"|"ListScheduledQueries"|"ListSourcesForS3TableIntegration"
---@alias awsjobs.logs.ActionStatus "IN_PROGRESS"|"CLIENT_ERROR"|"FAILED"|"COMPLETE"
---@alias awsjobs.logs.AnomalyDetectorStatus "INITIALIZING"|"TRAINING"|"ANALYZING"|"FAILED"|"DELETED"|"PAUSED"
---@alias awsjobs.logs.DataProtectionStatus "ACTIVATED"|"DELETED"|"ARCHIVED"|"DISABLED"
---@alias awsjobs.logs.DeliveryDestinationType "S3"|"CWL"|"FH"|"XRAY"
---@alias awsjobs.logs.DeliverySourceConfigurationSchemaValueType "string"|"boolean"|"int"|"double"|"long"
---@alias awsjobs.logs.DeliverySourceStatus "ACTIVE"|"INACTIVE"
---@alias awsjobs.logs.DeliverySourceStatusReason "RESOURCE_DELETED"
---@alias awsjobs.logs.Distribution "Random"|"ByLogStream"
---@alias awsjobs.logs.EntityRejectionErrorType "InvalidEntity"|"InvalidTypeValue"|"InvalidKeyAttributes"|"InvalidAttributes"|"EntitySizeTooLarge"|"UnsupportedLogGroupType"|"MissingRequiredFields"
---@alias awsjobs.logs.EvaluationFrequency "ONE_MIN"|"FIVE_MIN"|"TEN_MIN"|"FIFTEEN_MIN"|"THIRTY_MIN"|"ONE_HOUR"
---@alias awsjobs.logs.EventSource "CloudTrail"|"Route53Resolver"|"VPCFlow"|"EKSAudit"|"AWSWAF"
---@alias awsjobs.logs.ExecutionStatus "Running"|"InvalidQuery"|"Complete"|"Failed"|"Timeout"
---@alias awsjobs.logs.ExportTaskStatusCode "CANCELLED"|"COMPLETED"|"FAILED"|"PENDING"|"PENDING_CANCEL"|"RUNNING"
---@alias awsjobs.logs.FlattenedElement "first"|"last"
---@alias awsjobs.logs.ImportStatus "IN_PROGRESS"|"CANCELLED"|"COMPLETED"|"FAILED"
---@alias awsjobs.logs.IndexSource "ACCOUNT"|"LOG_GROUP"
---@alias awsjobs.logs.IndexType "FACET"|"FIELD_INDEX"
---@alias awsjobs.logs.InheritedProperty "ACCOUNT_DATA_PROTECTION"
---@alias awsjobs.logs.IntegrationStatus "PROVISIONING"|"ACTIVE"|"FAILED"
---@alias awsjobs.logs.IntegrationType "OPENSEARCH"
---@alias awsjobs.logs.ListAggregateLogGroupSummariesGroupBy "DATA_SOURCE_NAME_TYPE_AND_FORMAT"|"DATA_SOURCE_NAME_AND_TYPE"
---@alias awsjobs.logs.LogGroupClass "STANDARD"|"INFREQUENT_ACCESS"|"DELIVERY"
---@alias awsjobs.logs.OCSFVersion "V1.1"|"V1.5"
---@alias awsjobs.logs.OpenSearchResourceStatusType "ACTIVE"|"NOT_FOUND"|"ERROR"
---@alias awsjobs.logs.OrderBy "LogStreamName"|"LastEventTime"
---@alias awsjobs.logs.OutputFormat "json"|"plain"|"w3c"|"raw"|"parquet"
---@alias awsjobs.logs.PolicyScope "ACCOUNT"|"RESOURCE"
---@alias awsjobs.logs.PolicyType "DATA_PROTECTION_POLICY"|"SUBSCRIPTION_FILTER_POLICY"|"FIELD_INDEX_POLICY"|"TRANSFORMER_POLICY"|"METRIC_EXTRACTION_POLICY"
---@alias awsjobs.logs.QueryLanguage "CWLI"|"SQL"|"PPL"
---@alias awsjobs.logs.QueryStatus "Scheduled"|"Running"|"Complete"|"Failed"|"Cancelled"|"Timeout"|"Unknown"
---@alias awsjobs.logs.S3TableIntegrationSourceStatus "ACTIVE"|"UNHEALTHY"|"FAILED"|"DATA_SOURCE_DELETE_IN_PROGRESS"
---@alias awsjobs.logs.ScheduledQueryDestinationType "S3"
---@alias awsjobs.logs.ScheduledQueryState "ENABLED"|"DISABLED"
---@alias awsjobs.logs.Scope "ALL"
---@alias awsjobs.logs.StandardUnit "Seconds"|"Microseconds"|"Milliseconds"|"Bytes"|"Kilobytes"|"Megabytes"|"Gigabytes"|"Terabytes"|"Bits"|"Kilobits"|"Megabits"|"Gigabits"|"Terabits"|"Percent"|"Count"|"Bytes/Second"|"Kilobytes/Second"|"Megabytes/Second"|"Gigabytes/Second"|"Terabytes/Second"|"Bits/Second"|"Kilobits/Second"|"Megabits/Second"|"Gigabits/Second"|"Terabits/Second"|"Count/Second"|"None"
---@alias awsjobs.logs.State "Active"|"Suppressed"|"Baseline"
---@alias awsjobs.logs.SuppressionState "SUPPRESSED"|"UNSUPPRESSED"
---@alias awsjobs.logs.SuppressionType "LIMITED"|"INFINITE"
---@alias awsjobs.logs.SuppressionUnit "SECONDS"|"MINUTES"|"HOURS"
---@alias awsjobs.logs.Type "boolean"|"integer"|"double"|"string"

---You don't have sufficient permissions to perform this action.
---(The members of `err.data` when `err.code` is AccessDeniedException.)
---@class awsjobs.logs.AccessDeniedException

---A structure that contains information about one CloudWatch Logs account policy.
---@class awsjobs.logs.AccountPolicy
---@field policyName? string The name of the account policy.
---@field policyDocument? string The policy document for this account policy.
---@field lastUpdatedTime? integer The date and time that this policy was most recently updated.
---@field policyType? awsjobs.logs.PolicyType The type of policy for this account policy.
---@field scope? awsjobs.logs.Scope The scope of the account policy.
---@field selectionCriteria? string The log group selection criteria that is used for this policy.
---@field accountId? string The Amazon Web Services account ID that the policy applies to.

---This object defines one key that will be added with the addKeys processor.
---@class awsjobs.logs.AddKeyEntry
---@field key string The key of the new entry to be added to the log event
---@field value string The value of the new entry to be added to the log event
---@field overwriteIfExists? boolean Specifies whether to overwrite the value if the key already exists in the log event.

---This processor adds new key-value pairs to the log event.
---@class awsjobs.logs.AddKeys
---@field entries awsjobs.logs.AddKeyEntry[] An array of objects, where each object contains the information about one key to add to the log event.

---Contains an aggregate summary of log groups grouped by data source characteristics, including the count of log groups and their grouping identifiers.
---@class awsjobs.logs.AggregateLogGroupSummary
---@field logGroupCount? integer The number of log groups in this aggregate summary group.
---@field groupingIdentifiers? awsjobs.logs.GroupingIdentifier[] An array of key-value pairs that identify the data source characteristics used to group the log groups.

---This structure represents one anomaly that has been found by a logs anomaly detector.
---@class awsjobs.logs.Anomaly
---@field anomalyId string The unique ID that CloudWatch Logs assigned to this anomaly.
---@field patternId string The ID of the pattern used to help identify this anomaly.
---@field anomalyDetectorArn string The ARN of the anomaly detector that identified this anomaly.
---@field patternString string The pattern used to help identify this anomaly, in string format.
---@field patternRegex? string The pattern used to help identify this anomaly, in regular expression format.
---@field priority? string The priority level of this anomaly, as determined by CloudWatch Logs.
---@field firstSeen integer The date and time when the anomaly detector first saw this anomaly.
---@field lastSeen integer The date and time when the anomaly detector most recently saw this anomaly.
---@field description string A human-readable description of the anomaly.
---@field active boolean Specifies whether this anomaly is still ongoing.
---@field state awsjobs.logs.State Indicates the current state of this anomaly.
---@field histogram table<string, integer> A map showing times when the anomaly detector ran, and the number of occurrences of this anomaly that were detected at each of those runs.
---@field logSamples awsjobs.logs.LogEvent[] An array of sample log event messages that are considered to be part of this anomaly.
---@field patternTokens awsjobs.logs.PatternToken[] An array of structures where each structure contains information about one token that makes up the pattern.
---@field logGroupArnList string[] An array of ARNS of the log groups that contained log events considered to be part of this anomaly.
---@field suppressed? boolean Indicates whether this anomaly is currently suppressed.
---@field suppressedDate? integer If the anomaly is suppressed, this indicates when it was suppressed.
---@field suppressedUntil? integer If the anomaly is suppressed, this indicates when the suppression will end.
---@field isPatternLevelSuppression? boolean If this anomaly is suppressed, this field is true if the suppression is because the pattern is suppressed.

---Contains information about one anomaly detector in the account.
---@class awsjobs.logs.AnomalyDetector
---@field anomalyDetectorArn? string The ARN of the anomaly detector.
---@field detectorName? string The name of the anomaly detector.
---@field logGroupArnList? string[] A list of the ARNs of the log groups that this anomaly detector watches.
---@field evaluationFrequency? awsjobs.logs.EvaluationFrequency Specifies how often the anomaly detector runs and look for anomalies.
---@field filterPattern? string
---@field anomalyDetectorStatus? awsjobs.logs.AnomalyDetectorStatus Specifies the current status of the anomaly detector.
---@field kmsKeyId? string The ARN of the KMS key assigned to this anomaly detector, if any.
---@field creationTimeStamp? integer The date and time when this anomaly detector was created.
---@field lastModifiedTimeStamp? integer The date and time when this anomaly detector was most recently modified.
---@field anomalyVisibilityTime? integer The number of days used as the life cycle of anomalies.

---@class awsjobs.logs.AssociateKmsKeyRequest
---@field logGroupName? string The name of the log group.
---@field kmsKeyId string The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
---@field resourceIdentifier? string Specifies the target for this operation.

---@class awsjobs.logs.AssociateSourceToS3TableIntegrationRequest
---@field integrationArn string The Amazon Resource Name (ARN) of the S3 Table Integration to associate the data source with.
---@field dataSource awsjobs.logs.DataSource The data source to associate with the S3 Table Integration.

---@class awsjobs.logs.AssociateSourceToS3TableIntegrationResponse
---@field identifier? string The unique identifier for the association between the data source and S3 Table Integration.

---The CSV processor parses comma-separated values (CSV) from the log events into columns.
---@class awsjobs.logs.CSV
---@field quoteCharacter? string The character used used as a text qualifier for a single column of data.
---@field delimiter? string The character used to separate each column in the original comma-separated value log event.
---@field columns? string[] An array of names to use for the columns in the transformed log event.
---@field source? string The path to the field in the log event that has the comma separated values to be parsed.
---@field destination? string The path to the parent field to put transformed key value pairs under.

---@class awsjobs.logs.CancelExportTaskRequest
---@field taskId string The ID of the export task.

---@class awsjobs.logs.CancelImportTaskRequest
---@field importId string The ID of the import task to cancel.

---@class awsjobs.logs.CancelImportTaskResponse
---@field importId? string The ID of the cancelled import task.
---@field importStatistics? awsjobs.logs.ImportStatistics Statistics about the import progress at the time of cancellation.
---@field importStatus? awsjobs.logs.ImportStatus The final status of the import task.
---@field creationTime? integer The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field lastUpdatedTime? integer The timestamp when the import task was cancelled, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---A structure containing information about the deafult settings and available settings that you can use to configure a delivery or a delivery destination.
---@class awsjobs.logs.ConfigurationTemplate
---@field service? string A string specifying which service this configuration template applies to.
---@field logType? string A string specifying which log type this configuration template applies to.
---@field resourceType? string A string specifying which resource type this configuration template applies to.
---@field deliveryDestinationType? awsjobs.logs.DeliveryDestinationType A string specifying which destination type this configuration template applies to.
---@field defaultDeliveryConfigValues? awsjobs.logs.ConfigurationTemplateDeliveryConfigValues A mapping that displays the default value of each property within a delivery's configuration, if it is not specified in the request.
---@field allowedFields? awsjobs.logs.RecordField[] The allowed fields that a caller can use in the recordFields parameter of a CreateDelivery or UpdateDeliveryConfiguration operation.
---@field allowedOutputFormats? awsjobs.logs.OutputFormat[] The list of delivery destination output formats that are supported by this log source.
---@field allowedActionForAllowVendedLogsDeliveryForResource? string The action permissions that a caller needs to have to be able to successfully create a delivery source on the desired resource type when calling...
---@field allowedFieldDelimiters? string[] The valid values that a caller can use as field delimiters when calling CreateDelivery or UpdateDeliveryConfiguration on a delivery that delivers in Plain,...
---@field allowedSuffixPathFields? string[] The list of variable fields that can be used in the suffix path of a delivery that delivers to an S3 bucket.
---@field deliverySourceConfiguration? awsjobs.logs.DeliverySourceConfigurationSchema[] The schema of the delivery source configuration that is available for this log type.
---@field s3TablesIntegration? awsjobs.logs.S3TablesIntegration The S3 Tables integration configuration for this configuration template, including the datasource name and type.

---This structure contains the default values that are used for each configuration parameter when you use CreateDelivery to create a deliver under the current service type, resource type, and log type.
---@class awsjobs.logs.ConfigurationTemplateDeliveryConfigValues
---@field recordFields? string[] The default record fields that will be delivered when a list of record fields is not provided in a CreateDelivery operation.
---@field fieldDelimiter? string The default field delimiter that is used in a CreateDelivery operation when the field delimiter is not specified in that operation.
---@field s3DeliveryConfiguration? awsjobs.logs.S3DeliveryConfiguration The delivery parameters that are used when you create a delivery to a delivery destination that is an S3 Bucket.

---This operation attempted to create a resource that already exists.
---(The members of `err.data` when `err.code` is ConflictException.)
---@class awsjobs.logs.ConflictException

---This processor copies values within a log event.
---@class awsjobs.logs.CopyValue
---@field entries awsjobs.logs.CopyValueEntry[] An array of CopyValueEntry objects, where each object contains the information about one field value to copy.

---This object defines one value to be copied with the copyValue processor.
---@class awsjobs.logs.CopyValueEntry
---@field source string The key to copy.
---@field target string The key of the field to copy the value to.
---@field overwriteIfExists? boolean Specifies whether to overwrite the value if the destination key already exists.

---@class awsjobs.logs.CreateDeliveryRequest
---@field deliverySourceName string The name of the delivery source to use for this delivery.
---@field deliveryDestinationArn string The ARN of the delivery destination to use for this delivery.
---@field recordFields? string[] The list of record fields to be delivered to the destination, in order.
---@field fieldDelimiter? string The field delimiter to use between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
---@field s3DeliveryConfiguration? awsjobs.logs.S3DeliveryConfiguration This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.
---@field tags? table<string, string> An optional list of key-value pairs to associate with the resource.

---@class awsjobs.logs.CreateDeliveryResponse
---@field delivery? awsjobs.logs.Delivery A structure that contains information about the delivery that you just created.

---@class awsjobs.logs.CreateExportTaskRequest
---@field taskName? string The name of the export task.
---@field logGroupName string The name of the log group.
---@field logStreamNamePrefix? string Export only log streams that match the provided prefix.
---@field from integer The start time of the range for the request, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field to integer The end time of the range for the request, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field destination string The name of S3 bucket for the exported log data.
---@field destinationPrefix? string The prefix used as the start of the key for every object exported.

---@class awsjobs.logs.CreateExportTaskResponse
---@field taskId? string The ID of the export task.

---@class awsjobs.logs.CreateImportTaskRequest
---@field importSourceArn string The ARN of the source to import from.
---@field importRoleArn string The ARN of the IAM role that grants CloudWatch Logs permission to import from the CloudTrail Lake Event Data Store.
---@field importFilter? awsjobs.logs.ImportFilter Optional filters to constrain the import by CloudTrail event time.

---@class awsjobs.logs.CreateImportTaskResponse
---@field importId? string A unique identifier for the import task.
---@field importDestinationArn? string The ARN of the CloudWatch Logs log group created as the destination for the imported events.
---@field creationTime? integer The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---@class awsjobs.logs.CreateLogAnomalyDetectorRequest
---@field logGroupArnList string[] An array containing the ARN of the log group that this anomaly detector will watch.
---@field detectorName? string A name for this anomaly detector.
---@field evaluationFrequency? awsjobs.logs.EvaluationFrequency Specifies how often the anomaly detector is to run and look for anomalies.
---@field filterPattern? string You can use this parameter to limit the anomaly detection model to examine only log events that match the pattern you specify here.
---@field kmsKeyId? string Optionally assigns a KMS key to secure this anomaly detector and its findings.
---@field anomalyVisibilityTime? integer The number of days to have visibility on an anomaly.
---@field tags? table<string, string> An optional list of key-value pairs to associate with the resource.

---@class awsjobs.logs.CreateLogAnomalyDetectorResponse
---@field anomalyDetectorArn? string The ARN of the log anomaly detector that you just created.

---@class awsjobs.logs.CreateLogGroupRequest
---@field logGroupName string A name for the log group.
---@field kmsKeyId? string The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
---@field tags? table<string, string> The key-value pairs to use for the tags.
---@field logGroupClass? awsjobs.logs.LogGroupClass Use this parameter to specify the log group class for this log group.
---@field deletionProtectionEnabled? boolean Use this parameter to enable deletion protection for the new log group.

---@class awsjobs.logs.CreateLogStreamRequest
---@field logGroupName string The name of the log group.
---@field logStreamName string The name of the log stream.

---@class awsjobs.logs.CreateLookupTableRequest
---@field lookupTableName string The name of the lookup table.
---@field description? string A description of the lookup table.
---@field tableBody string The CSV content of the lookup table.
---@field kmsKeyId? string The ARN of the KMS key to use to encrypt the lookup table data.
---@field tags? table<string, string> A list of key-value pairs to associate with the lookup table.

---@class awsjobs.logs.CreateLookupTableResponse
---@field lookupTableArn? string The ARN of the lookup table that was created.
---@field createdAt? integer The time when the lookup table was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---@class awsjobs.logs.CreateScheduledQueryRequest
---@field name string The name of the scheduled query.
---@field description? string An optional description for the scheduled query to help identify its purpose and functionality.
---@field queryLanguage awsjobs.logs.QueryLanguage The query language to use for the scheduled query.
---@field queryString string The query string to execute.
---@field logGroupIdentifiers? string[] An array of log group names or ARNs to query.
---@field scheduleExpression string A cron expression that defines when the scheduled query runs.
---@field timezone? string The timezone for evaluating the schedule expression.
---@field startTimeOffset? integer The time offset in seconds that defines the lookback period for the query.
---@field destinationConfiguration? awsjobs.logs.DestinationConfiguration Configuration for where to deliver query results.
---@field scheduleStartTime? integer The start time for the scheduled query in Unix epoch format.
---@field scheduleEndTime? integer The end time for the scheduled query in Unix epoch format.
---@field executionRoleArn string The ARN of the IAM role that grants permissions to execute the query and deliver results to the specified destination.
---@field state? awsjobs.logs.ScheduledQueryState The initial state of the scheduled query.
---@field tags? table<string, string> Key-value pairs to associate with the scheduled query for resource management and cost allocation.

---@class awsjobs.logs.CreateScheduledQueryResponse
---@field scheduledQueryArn? string The ARN of the created scheduled query.
---@field state? awsjobs.logs.ScheduledQueryState The current state of the scheduled query.

---The event was already logged.
---(The members of `err.data` when `err.code` is DataAlreadyAcceptedException.)
---@class awsjobs.logs.DataAlreadyAcceptedException
---@field expectedSequenceToken? string

---Represents a data source that categorizes logs by originating service and log type, providing service-based organization complementing traditional log groups.
---@class awsjobs.logs.DataSource
---@field name string The name of the data source.
---@field type? string The type of the data source.

---Filter criteria for data sources, used to specify which data sources to include in operations based on name and type.
---@class awsjobs.logs.DataSourceFilter
---@field name string The name pattern to filter data sources by.
---@field type? string The type pattern to filter data sources by.

---This processor converts a datetime string into a format that you specify.
---@class awsjobs.logs.DateTimeConverter
---@field source string The key to apply the date conversion to.
---@field target string The JSON field to store the result in.
---@field targetFormat? string The datetime format to use for the converted data in the target field.
---@field matchPatterns string[] A list of patterns to match against the source field.
---@field sourceTimezone? string The time zone of the source field.
---@field targetTimezone? string The time zone of the target field.
---@field locale? string The locale of the source field.

---@class awsjobs.logs.DeleteAccountPolicyRequest
---@field policyName string The name of the policy to delete.
---@field policyType awsjobs.logs.PolicyType The type of policy to delete.

---@class awsjobs.logs.DeleteDataProtectionPolicyRequest
---@field logGroupIdentifier string The name or ARN of the log group that you want to delete the data protection policy for.

---@class awsjobs.logs.DeleteDeliveryDestinationPolicyRequest
---@field deliveryDestinationName string The name of the delivery destination that you want to delete the policy for.

---@class awsjobs.logs.DeleteDeliveryDestinationRequest
---@field name string The name of the delivery destination that you want to delete.

---@class awsjobs.logs.DeleteDeliveryRequest
---@field id string The unique ID of the delivery to delete.

---@class awsjobs.logs.DeleteDeliverySourceRequest
---@field name string The name of the delivery source that you want to delete.

---@class awsjobs.logs.DeleteDestinationRequest
---@field destinationName string The name of the destination.

---@class awsjobs.logs.DeleteIndexPolicyRequest
---@field logGroupIdentifier string The log group to delete the index policy for.

---@class awsjobs.logs.DeleteIndexPolicyResponse

---@class awsjobs.logs.DeleteIntegrationRequest
---@field integrationName string The name of the integration to delete.
---@field force? boolean Specify true to force the deletion of the integration even if vended logs dashboards currently exist.

---@class awsjobs.logs.DeleteIntegrationResponse

---This processor deletes entries from a log event.
---@class awsjobs.logs.DeleteKeys
---@field withKeys string[] The list of keys to delete.

---@class awsjobs.logs.DeleteLogAnomalyDetectorRequest
---@field anomalyDetectorArn string The ARN of the anomaly detector to delete.

---@class awsjobs.logs.DeleteLogGroupRequest
---@field logGroupName string The name of the log group.

---@class awsjobs.logs.DeleteLogStreamRequest
---@field logGroupName string The name of the log group.
---@field logStreamName string The name of the log stream.

---@class awsjobs.logs.DeleteLookupTableRequest
---@field lookupTableArn string The ARN of the lookup table to delete.

---@class awsjobs.logs.DeleteMetricFilterRequest
---@field logGroupName string The name of the log group.
---@field filterName string The name of the metric filter.

---@class awsjobs.logs.DeleteQueryDefinitionRequest
---@field queryDefinitionId string The ID of the query definition that you want to delete.

---@class awsjobs.logs.DeleteQueryDefinitionResponse
---@field success? boolean A value of TRUE indicates that the operation succeeded.

---@class awsjobs.logs.DeleteResourcePolicyRequest
---@field policyName? string The name of the policy to be revoked.
---@field resourceArn? string The ARN of the CloudWatch Logs resource for which the resource policy needs to be deleted
---@field expectedRevisionId? string The expected revision ID of the resource policy.

---@class awsjobs.logs.DeleteRetentionPolicyRequest
---@field logGroupName string The name of the log group.

---@class awsjobs.logs.DeleteScheduledQueryRequest
---@field identifier string The ARN or name of the scheduled query to delete.

---@class awsjobs.logs.DeleteScheduledQueryResponse

---@class awsjobs.logs.DeleteSubscriptionFilterRequest
---@field logGroupName string The name of the log group.
---@field filterName string The name of the subscription filter.

---@class awsjobs.logs.DeleteTransformerRequest
---@field logGroupIdentifier string Specify either the name or ARN of the log group to delete the transformer for.

---This structure contains information about one delivery in your account.
---@class awsjobs.logs.Delivery
---@field id? string The unique ID that identifies this delivery in your account.
---@field arn? string The Amazon Resource Name (ARN) that uniquely identifies this delivery.
---@field deliverySourceName? string The name of the delivery source that is associated with this delivery.
---@field deliveryDestinationArn? string The ARN of the delivery destination that is associated with this delivery.
---@field deliveryDestinationType? awsjobs.logs.DeliveryDestinationType Displays whether the delivery destination associated with this delivery is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
---@field recordFields? string[] The record fields used in this delivery.
---@field fieldDelimiter? string The field delimiter that is used between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
---@field s3DeliveryConfiguration? awsjobs.logs.S3DeliveryConfiguration This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
---@field tags? table<string, string> The tags that have been assigned to this delivery.

---This structure contains information about one delivery destination in your account.
---@class awsjobs.logs.DeliveryDestination
---@field name? string The name of this delivery destination.
---@field arn? string The Amazon Resource Name (ARN) that uniquely identifies this delivery destination.
---@field deliveryDestinationType? awsjobs.logs.DeliveryDestinationType Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
---@field outputFormat? awsjobs.logs.OutputFormat The format of the logs that are sent to this delivery destination.
---@field deliveryDestinationConfiguration? awsjobs.logs.DeliveryDestinationConfiguration A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
---@field tags? table<string, string> The tags that have been assigned to this delivery destination.

---A structure that contains information about one logs delivery destination.
---@class awsjobs.logs.DeliveryDestinationConfiguration
---@field destinationResourceArn string The ARN of the Amazon Web Services destination that this delivery destination represents.

---This structure contains information about one delivery source in your account.
---@class awsjobs.logs.DeliverySource
---@field name? string The unique name of the delivery source.
---@field arn? string The Amazon Resource Name (ARN) that uniquely identifies this delivery source.
---@field resourceArns? string[] This array contains the ARN of the Amazon Web Services resource that sends logs and is represented by this delivery source.
---@field service? string The Amazon Web Services service that is sending logs.
---@field logType? string The type of log that the source is sending.
---@field tags? table<string, string> The tags that have been assigned to this delivery source.
---@field deliverySourceConfiguration? table<string, string> The map of key-value pairs that configure the delivery source.
---@field status? awsjobs.logs.DeliverySourceStatus The status of the delivery source.
---@field statusReason? awsjobs.logs.DeliverySourceStatusReason The reason for the status of the delivery source.

---A structure that describes a single configuration for a log type, including its name, value type, default value, and the range of supported values.
---@class awsjobs.logs.DeliverySourceConfigurationSchema
---@field keyName string The name of the configuration.
---@field valueType awsjobs.logs.DeliverySourceConfigurationSchemaValueType The data type of the configuration value.
---@field defaultValue string The default value of the configuration that is used when a value is not specified in a PutDeliverySource request.
---@field supportedValues? string[] The list of allowed values for the configuration.
---@field minValue? number The minimum numeric value allowed for the configuration.
---@field maxValue? number The maximum numeric value allowed for the configuration.

---@class awsjobs.logs.DescribeAccountPoliciesRequest
---@field policyType awsjobs.logs.PolicyType Use this parameter to limit the returned policies to only the policies that match the policy type that you specify.
---@field policyName? string Use this parameter to limit the returned policies to only the policy with the name that you specify.
---@field accountIdentifiers? string[] If you are using an account that is set up as a monitoring account for CloudWatch unified cross-account observability, you can use this to specify the...
---@field nextToken? string The token for the next set of items to return.

---@class awsjobs.logs.DescribeAccountPoliciesResponse
---@field accountPolicies? awsjobs.logs.AccountPolicy[] An array of structures that contain information about the CloudWatch Logs account policies that match the specified filters.
---@field nextToken? string The token to use when requesting the next set of items.

---@class awsjobs.logs.DescribeConfigurationTemplatesRequest
---@field service? string Use this parameter to filter the response to include only the configuration templates that apply to the Amazon Web Services service that you specify here.
---@field logTypes? string[] Use this parameter to filter the response to include only the configuration templates that apply to the log types that you specify here.
---@field resourceTypes? string[] Use this parameter to filter the response to include only the configuration templates that apply to the resource types that you specify here.
---@field deliveryDestinationTypes? awsjobs.logs.DeliveryDestinationType[] Use this parameter to filter the response to include only the configuration templates that apply to the delivery destination types that you specify here.
---@field nextToken? string
---@field limit? integer Use this parameter to limit the number of configuration templates that are returned in the response.

---@class awsjobs.logs.DescribeConfigurationTemplatesResponse
---@field configurationTemplates? awsjobs.logs.ConfigurationTemplate[] An array of objects, where each object describes one configuration template that matches the filters that you specified in the request.
---@field nextToken? string

---@class awsjobs.logs.DescribeDeliveriesRequest
---@field nextToken? string
---@field limit? integer Optionally specify the maximum number of deliveries to return in the response.

---@class awsjobs.logs.DescribeDeliveriesResponse
---@field deliveries? awsjobs.logs.Delivery[] An array of structures.
---@field nextToken? string

---@class awsjobs.logs.DescribeDeliveryDestinationsRequest
---@field nextToken? string
---@field limit? integer Optionally specify the maximum number of delivery destinations to return in the response.

---@class awsjobs.logs.DescribeDeliveryDestinationsResponse
---@field deliveryDestinations? awsjobs.logs.DeliveryDestination[] An array of structures.
---@field nextToken? string

---@class awsjobs.logs.DescribeDeliverySourcesRequest
---@field nextToken? string
---@field limit? integer Optionally specify the maximum number of delivery sources to return in the response.

---@class awsjobs.logs.DescribeDeliverySourcesResponse
---@field deliverySources? awsjobs.logs.DeliverySource[] An array of structures.
---@field nextToken? string

---@class awsjobs.logs.DescribeDestinationsRequest
---@field DestinationNamePrefix? string The prefix to match.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.

---@class awsjobs.logs.DescribeDestinationsResponse
---@field destinations? awsjobs.logs.Destination[] The destinations.
---@field nextToken? string

---@class awsjobs.logs.DescribeExportTasksRequest
---@field taskId? string The ID of the export task.
---@field statusCode? awsjobs.logs.ExportTaskStatusCode The status code of the export task.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.

---@class awsjobs.logs.DescribeExportTasksResponse
---@field exportTasks? awsjobs.logs.ExportTask[] The export tasks.
---@field nextToken? string

---@class awsjobs.logs.DescribeFieldIndexesRequest
---@field logGroupIdentifiers string[] An array containing the names or ARNs of the log groups that you want to retrieve field indexes for.
---@field nextToken? string

---@class awsjobs.logs.DescribeFieldIndexesResponse
---@field fieldIndexes? awsjobs.logs.FieldIndex[] An array containing the field index information.
---@field nextToken? string

---@class awsjobs.logs.DescribeImportTaskBatchesRequest
---@field importId string The ID of the import task to get batch information for.
---@field batchImportStatus? awsjobs.logs.ImportStatus[] Optional filter to list import batches by their status.
---@field limit? integer The maximum number of import batches to return in the response.
---@field nextToken? string The pagination token for the next set of results.

---@class awsjobs.logs.DescribeImportTaskBatchesResponse
---@field importSourceArn? string The ARN of the source being imported from.
---@field importId? string The ID of the import task.
---@field importBatches? awsjobs.logs.ImportBatch[] The list of import batches that match the request filters.
---@field nextToken? string The token to use when requesting the next set of results.

---@class awsjobs.logs.DescribeImportTasksRequest
---@field importId? string Optional filter to describe a specific import task by its ID.
---@field importStatus? awsjobs.logs.ImportStatus Optional filter to list imports by their status.
---@field importSourceArn? string Optional filter to list imports from a specific source
---@field limit? integer The maximum number of import tasks to return in the response.
---@field nextToken? string The pagination token for the next set of results.

---@class awsjobs.logs.DescribeImportTasksResponse
---@field imports? awsjobs.logs.Import[] The list of import tasks that match the request filters.
---@field nextToken? string The token to use when requesting the next set of results.

---@class awsjobs.logs.DescribeIndexPoliciesRequest
---@field logGroupIdentifiers string[] An array containing the name or ARN of the log group that you want to retrieve field index policies for.
---@field nextToken? string

---@class awsjobs.logs.DescribeIndexPoliciesResponse
---@field indexPolicies? awsjobs.logs.IndexPolicy[] An array containing the field index policies.
---@field nextToken? string

---@class awsjobs.logs.DescribeLogGroupsRequest
---@field accountIdentifiers? string[] When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
---@field logGroupNamePrefix? string The prefix to match.
---@field logGroupNamePattern? string If you specify a string for this parameter, the operation returns only log groups that have names that match the string based on a case-sensitive substring...
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.
---@field includeLinkedAccounts? boolean If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
---@field logGroupClass? awsjobs.logs.LogGroupClass Use this parameter to limit the results to only those log groups in the specified log group class.
---@field logGroupIdentifiers? string[] Use this array to filter the list of log groups returned.

---@class awsjobs.logs.DescribeLogGroupsResponse
---@field logGroups? awsjobs.logs.LogGroup[] An array of structures, where each structure contains the information about one log group.
---@field nextToken? string

---@class awsjobs.logs.DescribeLogStreamsRequest
---@field logGroupName? string The name of the log group.
---@field logGroupIdentifier? string Specify either the name or ARN of the log group to view.
---@field logStreamNamePrefix? string The prefix to match.
---@field orderBy? awsjobs.logs.OrderBy If the value is LogStreamName, the results are ordered by log stream name.
---@field descending? boolean If the value is true, results are returned in descending order.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.

---@class awsjobs.logs.DescribeLogStreamsResponse
---@field logStreams? awsjobs.logs.LogStream[] The log streams.
---@field nextToken? string

---@class awsjobs.logs.DescribeLookupTablesRequest
---@field lookupTableNamePrefix? string A prefix to filter lookup tables by name.
---@field maxResults? integer The maximum number of lookup tables to return in the response.
---@field nextToken? string The token for the next set of items to return.

---@class awsjobs.logs.DescribeLookupTablesResponse
---@field lookupTables? awsjobs.logs.LookupTable[] An array of structures, where each structure contains metadata about one lookup table.
---@field nextToken? string The token to use when requesting the next set of items.

---@class awsjobs.logs.DescribeMetricFiltersRequest
---@field logGroupName? string The name of the log group.
---@field filterNamePrefix? string The prefix to match.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.
---@field metricName? string Filters results to include only those with the specified metric name.
---@field metricNamespace? string Filters results to include only those in the specified namespace.

---@class awsjobs.logs.DescribeMetricFiltersResponse
---@field metricFilters? awsjobs.logs.MetricFilter[] The metric filters.
---@field nextToken? string

---@class awsjobs.logs.DescribeQueriesRequest
---@field logGroupName? string Limits the returned queries to only those for the specified log group.
---@field status? awsjobs.logs.QueryStatus Limits the returned queries to only those that have the specified status.
---@field maxResults? integer Limits the number of returned queries to the specified number.
---@field nextToken? string
---@field queryLanguage? awsjobs.logs.QueryLanguage Limits the returned queries to only the queries that use the specified query language.

---@class awsjobs.logs.DescribeQueriesResponse
---@field queries? awsjobs.logs.QueryInfo[] The list of queries that match the request.
---@field nextToken? string

---@class awsjobs.logs.DescribeQueryDefinitionsRequest
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language used for this query.
---@field queryDefinitionNamePrefix? string Use this parameter to filter your results to only the query definitions that have names that start with the prefix you specify.
---@field maxResults? integer Limits the number of returned query definitions to the specified number.
---@field nextToken? string

---@class awsjobs.logs.DescribeQueryDefinitionsResponse
---@field queryDefinitions? awsjobs.logs.QueryDefinition[] The list of query definitions that match your request.
---@field nextToken? string

---@class awsjobs.logs.DescribeResourcePoliciesRequest
---@field nextToken? string
---@field limit? integer The maximum number of resource policies to be displayed with one call of this API.
---@field resourceArn? string The ARN of the CloudWatch Logs resource for which to query the resource policy.
---@field policyScope? awsjobs.logs.PolicyScope Specifies the scope of the resource policy.

---@class awsjobs.logs.DescribeResourcePoliciesResponse
---@field resourcePolicies? awsjobs.logs.ResourcePolicy[] The resource policies that exist in this account.
---@field nextToken? string

---@class awsjobs.logs.DescribeSubscriptionFiltersRequest
---@field logGroupName string The name of the log group.
---@field filterNamePrefix? string The prefix to match.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of items returned.

---@class awsjobs.logs.DescribeSubscriptionFiltersResponse
---@field subscriptionFilters? awsjobs.logs.SubscriptionFilter[] The subscription filters.
---@field nextToken? string

---Represents a cross-account destination that receives subscription log events.
---@class awsjobs.logs.Destination
---@field destinationName? string The name of the destination.
---@field targetArn? string The Amazon Resource Name (ARN) of the physical target where the log events are delivered (for example, a Kinesis stream).
---@field roleArn? string A role for impersonation, used when delivering log events to the target.
---@field accessPolicy? string An IAM policy document that governs which Amazon Web Services accounts can create subscription filters against this destination.
---@field arn? string The ARN of this destination.
---@field creationTime? integer The creation time of the destination, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---Configuration for where to deliver scheduled query results.
---@class awsjobs.logs.DestinationConfiguration
---@field s3Configuration awsjobs.logs.S3Configuration Configuration for delivering query results to Amazon S3.

---@class awsjobs.logs.DisassociateKmsKeyRequest
---@field logGroupName? string The name of the log group.
---@field resourceIdentifier? string Specifies the target for this operation.

---@class awsjobs.logs.DisassociateSourceFromS3TableIntegrationRequest
---@field identifier string The unique identifier of the association to remove between the data source and S3 Table Integration.

---@class awsjobs.logs.DisassociateSourceFromS3TableIntegrationResponse
---@field identifier? string The unique identifier of the association that was removed.

---The entity associated with the log events in a PutLogEvents call.
---@class awsjobs.logs.Entity
---@field keyAttributes? table<string, string> The attributes of the entity which identify the specific entity, as a list of key-value pairs.
---@field attributes? table<string, string> Additional attributes of the entity that are not used to specify the identity of the entity.

---Represents an export task.
---@class awsjobs.logs.ExportTask
---@field taskId? string The ID of the export task.
---@field taskName? string The name of the export task.
---@field logGroupName? string The name of the log group from which logs data was exported.
---@field from? integer The start time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field to? integer The end time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field destination? string The name of the S3 bucket to which the log data was exported.
---@field destinationPrefix? string The prefix that was used as the start of Amazon S3 key for every object exported.
---@field status? awsjobs.logs.ExportTaskStatus The status of the export task.
---@field executionInfo? awsjobs.logs.ExportTaskExecutionInfo Execution information about the export task.

---Represents the status of an export task.
---@class awsjobs.logs.ExportTaskExecutionInfo
---@field creationTime? integer The creation time of the export task, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field completionTime? integer The completion time of the export task, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---Represents the status of an export task.
---@class awsjobs.logs.ExportTaskStatus
---@field code? awsjobs.logs.ExportTaskStatusCode The status code of the export task.
---@field message? string The status message related to the status code.

---This structure describes one log event field that is used as an index in at least one index policy in this account.
---@class awsjobs.logs.FieldIndex
---@field logGroupIdentifier? string If this field index appears in an index policy that applies only to a single log group, the ARN of that log group is displayed here.
---@field fieldIndexName? string The string that this field index matches.
---@field lastScanTime? integer The most recent time that CloudWatch Logs scanned ingested log events to search for this field index to improve the speed of future CloudWatch Logs Insights...
---@field firstEventTime? integer The time and date of the earliest log event that matches this field index, after the index policy that contains it was created.
---@field lastEventTime? integer The time and date of the most recent log event that matches this field index.
---@field type? awsjobs.logs.IndexType The type of index.

---A structure containing the extracted fields from a log event.
---@class awsjobs.logs.FieldsData
---@field data? string The actual log data content returned in the streaming response.

---@class awsjobs.logs.FilterLogEventsRequest
---@field logGroupName? string The name of the log group to search.
---@field logGroupIdentifier? string Specify either the name or ARN of the log group to view log events from.
---@field logStreamNames? string[] Filters the results to only logs from the log streams in this list.
---@field logStreamNamePrefix? string Filters the results to include only events from log streams that have names starting with this prefix.
---@field startTime? integer The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field endTime? integer The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field filterPattern? string The filter pattern to use.
---@field nextToken? string The token for the next set of events to return.
---@field limit? integer The maximum number of events to return.
---@field interleaved? boolean If the value is true, the operation attempts to provide responses that contain events from multiple log streams within the log group, interleaved in a...
---@field unmask? boolean Specify true to display the log event fields with all sensitive data unmasked and visible.

---@class awsjobs.logs.FilterLogEventsResponse
---@field events? awsjobs.logs.FilteredLogEvent[] The matched events.
---@field searchedLogStreams? awsjobs.logs.SearchedLogStream[] Important As of May 15, 2020, this parameter is no longer supported.
---@field nextToken? string The token to use when requesting the next set of items.

---Represents a matched event.
---@class awsjobs.logs.FilteredLogEvent
---@field logStreamName? string The name of the log stream to which this event belongs.
---@field timestamp? integer The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field message? string The data contained in the log event.
---@field ingestionTime? integer The time the event was ingested, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field eventId? string The ID of the event.

---@class awsjobs.logs.GetDataProtectionPolicyRequest
---@field logGroupIdentifier string The name or ARN of the log group that contains the data protection policy that you want to see.

---@class awsjobs.logs.GetDataProtectionPolicyResponse
---@field logGroupIdentifier? string The log group name or ARN that you specified in your request.
---@field policyDocument? string The data protection policy document for this log group.
---@field lastUpdatedTime? integer The date and time that this policy was most recently updated.

---@class awsjobs.logs.GetDeliveryDestinationPolicyRequest
---@field deliveryDestinationName string The name of the delivery destination that you want to retrieve the policy of.

---@class awsjobs.logs.GetDeliveryDestinationPolicyResponse
---@field policy? awsjobs.logs.Policy The IAM policy for this delivery destination.

---@class awsjobs.logs.GetDeliveryDestinationRequest
---@field name string The name of the delivery destination that you want to retrieve.

---@class awsjobs.logs.GetDeliveryDestinationResponse
---@field deliveryDestination? awsjobs.logs.DeliveryDestination A structure containing information about the delivery destination.

---@class awsjobs.logs.GetDeliveryRequest
---@field id string The ID of the delivery that you want to retrieve.

---@class awsjobs.logs.GetDeliveryResponse
---@field delivery? awsjobs.logs.Delivery A structure that contains information about the delivery.

---@class awsjobs.logs.GetDeliverySourceRequest
---@field name string The name of the delivery source that you want to retrieve.

---@class awsjobs.logs.GetDeliverySourceResponse
---@field deliverySource? awsjobs.logs.DeliverySource A structure containing information about the delivery source.

---@class awsjobs.logs.GetIntegrationRequest
---@field integrationName string The name of the integration that you want to find information about.

---@class awsjobs.logs.GetIntegrationResponse
---@field integrationName? string The name of the integration.
---@field integrationType? awsjobs.logs.IntegrationType The type of integration.
---@field integrationStatus? awsjobs.logs.IntegrationStatus The current status of this integration.
---@field integrationDetails? awsjobs.logs.IntegrationDetails A structure that contains information about the integration configuration.

---@class awsjobs.logs.GetLogAnomalyDetectorRequest
---@field anomalyDetectorArn string The ARN of the anomaly detector to retrieve information about.

---@class awsjobs.logs.GetLogAnomalyDetectorResponse
---@field detectorName? string The name of the log anomaly detector
---@field logGroupArnList? string[] An array of structures, where each structure contains the ARN of a log group associated with this anomaly detector.
---@field evaluationFrequency? awsjobs.logs.EvaluationFrequency Specifies how often the anomaly detector runs and look for anomalies.
---@field filterPattern? string
---@field anomalyDetectorStatus? awsjobs.logs.AnomalyDetectorStatus Specifies whether the anomaly detector is currently active.
---@field kmsKeyId? string The ARN of the KMS key assigned to this anomaly detector, if any.
---@field creationTimeStamp? integer The date and time when this anomaly detector was created.
---@field lastModifiedTimeStamp? integer The date and time when this anomaly detector was most recently modified.
---@field anomalyVisibilityTime? integer The number of days used as the life cycle of anomalies.

---@class awsjobs.logs.GetLogEventsRequest
---@field logGroupName? string The name of the log group.
---@field logGroupIdentifier? string Specify either the name or ARN of the log group to view events from.
---@field logStreamName string The name of the log stream.
---@field startTime? integer The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field endTime? integer The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field nextToken? string The token for the next set of items to return.
---@field limit? integer The maximum number of log events returned.
---@field startFromHead? boolean If the value is true, the earliest log events are returned first.
---@field unmask? boolean Specify true to display the log event fields with all sensitive data unmasked and visible.

---@class awsjobs.logs.GetLogEventsResponse
---@field events? awsjobs.logs.OutputLogEvent[] The events.
---@field nextForwardToken? string The token for the next set of items in the forward direction.
---@field nextBackwardToken? string The token for the next set of items in the backward direction.

---@class awsjobs.logs.GetLogFieldsRequest
---@field dataSourceName string The name of the data source to retrieve log fields for.
---@field dataSourceType string The type of the data source to retrieve log fields for.

---@class awsjobs.logs.GetLogFieldsResponse
---@field logFields? awsjobs.logs.LogFieldsListItem[] The list of log fields for the specified data source, including field names and their data types.

---@class awsjobs.logs.GetLogGroupFieldsRequest
---@field logGroupName? string The name of the log group to search.
---@field time? integer The time to set as the center of the query.
---@field logGroupIdentifier? string Specify either the name or ARN of the log group to view.

---@class awsjobs.logs.GetLogGroupFieldsResponse
---@field logGroupFields? awsjobs.logs.LogGroupField[] The array of fields found in the query.

---The parameters for the GetLogObject operation.
---@class awsjobs.logs.GetLogObjectRequest
---@field unmask? boolean A boolean flag that indicates whether to unmask sensitive log data.
---@field logObjectPointer string A pointer to the specific log object to retrieve.

---The response from the GetLogObject operation.
---@class awsjobs.logs.GetLogObjectResponse
---@field fieldStream? awsjobs.logs.GetLogObjectResponseStream A stream of structured log data returned by the GetLogObject operation.

---A stream of structured log data returned by the GetLogObject operation.
---@class awsjobs.logs.GetLogObjectResponseStream
---@field fields? awsjobs.logs.FieldsData
---@field InternalStreamingException? awsjobs.logs.InternalStreamingException An internal error occurred during the streaming of log data.

---@class awsjobs.logs.GetLogRecordRequest
---@field logRecordPointer string The pointer corresponding to the log event record you want to retrieve.
---@field unmask? boolean Specify true to display the log event fields with all sensitive data unmasked and visible.

---@class awsjobs.logs.GetLogRecordResponse
---@field logRecord? table<string, string> The requested log event, as a JSON string.

---@class awsjobs.logs.GetLookupTableRequest
---@field lookupTableArn string The ARN of the lookup table to retrieve.

---@class awsjobs.logs.GetLookupTableResponse
---@field lookupTableArn? string The ARN of the lookup table.
---@field lookupTableName? string The name of the lookup table.
---@field description? string The description of the lookup table.
---@field tableBody? string The full CSV content of the lookup table.
---@field sizeBytes? integer The size of the lookup table in bytes.
---@field lastUpdatedTime? integer The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field kmsKeyId? string The ARN of the KMS key used to encrypt the lookup table data, if applicable.

---@class awsjobs.logs.GetQueryResultsRequest
---@field queryId string The ID number of the query.
---@field nextToken? string The token for the next set of items to return.
---@field maxItems? integer The maximum number of log events to return in the response.

---@class awsjobs.logs.GetQueryResultsResponse
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language used for this query.
---@field results? awsjobs.logs.ResultField[][] The log events that matched the query criteria during the most recent time it ran.
---@field statistics? awsjobs.logs.QueryStatistics Includes the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the...
---@field status? awsjobs.logs.QueryStatus The status of the most recent running of the query.
---@field encryptionKey? string If you associated an KMS key with the CloudWatch Logs Insights query results in this account, this field displays the ARN of the key that's used to encrypt...
---@field nextToken? string If there are more log events remaining in the results, the response includes a nextToken.

---@class awsjobs.logs.GetScheduledQueryHistoryRequest
---@field identifier string The ARN or name of the scheduled query to retrieve history for.
---@field startTime integer The start time for the history query in Unix epoch format.
---@field endTime integer The end time for the history query in Unix epoch format.
---@field executionStatuses? awsjobs.logs.ExecutionStatus[] An array of execution statuses to filter the history results.
---@field maxResults? integer The maximum number of history records to return.
---@field nextToken? string

---@class awsjobs.logs.GetScheduledQueryHistoryResponse
---@field name? string The name of the scheduled query.
---@field scheduledQueryArn? string The ARN of the scheduled query.
---@field triggerHistory? awsjobs.logs.TriggerHistoryRecord[] An array of execution history records for the scheduled query.
---@field nextToken? string

---@class awsjobs.logs.GetScheduledQueryRequest
---@field identifier string The ARN or name of the scheduled query to retrieve.

---@class awsjobs.logs.GetScheduledQueryResponse
---@field scheduledQueryArn? string The ARN of the scheduled query.
---@field name? string The name of the scheduled query.
---@field description? string The description of the scheduled query.
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language used by the scheduled query.
---@field queryString? string The query string executed by the scheduled query.
---@field logGroupIdentifiers? string[] The log groups queried by the scheduled query.
---@field scheduleExpression? string The cron expression that defines when the scheduled query runs.
---@field timezone? string The timezone used for evaluating the schedule expression.
---@field startTimeOffset? integer The time offset in seconds that defines the lookback period for the query.
---@field destinationConfiguration? awsjobs.logs.DestinationConfiguration Configuration for where query results are delivered.
---@field state? awsjobs.logs.ScheduledQueryState The current state of the scheduled query.
---@field lastTriggeredTime? integer The timestamp when the scheduled query was last executed.
---@field lastExecutionStatus? awsjobs.logs.ExecutionStatus The status of the most recent execution of the scheduled query.
---@field scheduleStartTime? integer The start time for the scheduled query in Unix epoch format.
---@field scheduleEndTime? integer The end time for the scheduled query in Unix epoch format.
---@field executionRoleArn? string The ARN of the IAM role used to execute the query and deliver results.
---@field creationTime? integer The timestamp when the scheduled query was created.
---@field lastUpdatedTime? integer The timestamp when the scheduled query was last updated.

---@class awsjobs.logs.GetTransformerRequest
---@field logGroupIdentifier string Specify either the name or ARN of the log group to return transformer information for.

---@class awsjobs.logs.GetTransformerResponse
---@field logGroupIdentifier? string The ARN of the log group that you specified in your request.
---@field creationTime? integer The creation time of the transformer, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field lastModifiedTime? integer The date and time when this transformer was most recently modified, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field transformerConfig? awsjobs.logs.Processor[] This sructure contains the configuration of the requested transformer.

---This processor uses pattern matching to parse and structure unstructured data.
---@class awsjobs.logs.Grok
---@field source? string The path to the field in the log event that you want to parse.
---@field match string The grok pattern to match against the log event.

---A key-value pair that identifies how log groups are grouped in aggregate summaries.
---@class awsjobs.logs.GroupingIdentifier
---@field key? string The key that identifies the grouping characteristic.
---@field value? string The value associated with the grouping characteristic.

---An import job to move data from CloudTrail Event Data Store to CloudWatch.
---@class awsjobs.logs.Import
---@field importId? string The unique identifier of the import task.
---@field importSourceArn? string The ARN of the CloudTrail Lake Event Data Store being imported from.
---@field importStatus? awsjobs.logs.ImportStatus The current status of the import task.
---@field importDestinationArn? string The ARN of the managed CloudWatch Logs log group where the events are being imported to.
---@field importStatistics? awsjobs.logs.ImportStatistics Statistics about the import progress
---@field importFilter? awsjobs.logs.ImportFilter The filter criteria used for this import task.
---@field creationTime? integer The timestamp when the import task was created, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field lastUpdatedTime? integer The timestamp when the import task was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field errorMessage? string Error message related to any failed imports

---A collection of events being imported to CloudWatch
---@class awsjobs.logs.ImportBatch
---@field batchId string The unique identifier of the import batch.
---@field status awsjobs.logs.ImportStatus The current status of the import batch.
---@field errorMessage? string The error message if the batch failed to import.

---The filter criteria used for import tasks
---@class awsjobs.logs.ImportFilter
---@field startEventTime? integer The start of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field endEventTime? integer The end of the time range for events to import, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---Statistics about the import progress
---@class awsjobs.logs.ImportStatistics
---@field bytesImported? integer The total number of bytes that have been imported to the managed log group.

---This structure contains information about one field index policy in this account.
---@class awsjobs.logs.IndexPolicy
---@field logGroupIdentifier? string The ARN of the log group that this index policy applies to.
---@field lastUpdateTime? integer The date and time that this index policy was most recently updated.
---@field policyDocument? string The policy document for this index policy, in JSON format.
---@field policyName? string The name of this policy.
---@field source? awsjobs.logs.IndexSource This field indicates whether this is an account-level index policy or an index policy that applies only to a single log group.

---Represents a log event, which is a record of activity that was recorded by the application or resource being monitored.
---@class awsjobs.logs.InputLogEvent
---@field timestamp integer The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field message string The raw event message.

---This structure contains information about the integration configuration.
---@class awsjobs.logs.IntegrationDetails
---@field openSearchIntegrationDetails? awsjobs.logs.OpenSearchIntegrationDetails This structure contains complete information about one integration between CloudWatch Logs and OpenSearch Service.

---This structure contains information about one CloudWatch Logs integration.
---@class awsjobs.logs.IntegrationSummary
---@field integrationName? string The name of this integration.
---@field integrationType? awsjobs.logs.IntegrationType The type of integration.
---@field integrationStatus? awsjobs.logs.IntegrationStatus The current status of this integration.

---An internal server error occurred while processing the request.
---(The members of `err.data` when `err.code` is InternalServerException.)
---@class awsjobs.logs.InternalServerException

---An internal error occurred during the streaming of log data.
---(The members of `err.data` when `err.code` is InternalStreamingException.)
---@class awsjobs.logs.InternalStreamingException
---@field message? string

---The operation is not valid on the specified resource.
---(The members of `err.data` when `err.code` is InvalidOperationException.)
---@class awsjobs.logs.InvalidOperationException

---A parameter is specified incorrectly.
---(The members of `err.data` when `err.code` is InvalidParameterException.)
---@class awsjobs.logs.InvalidParameterException

---The sequence token is not valid.
---(The members of `err.data` when `err.code` is InvalidSequenceTokenException.)
---@class awsjobs.logs.InvalidSequenceTokenException
---@field expectedSequenceToken? string

---You have reached the maximum number of resources that can be created.
---(The members of `err.data` when `err.code` is LimitExceededException.)
---@class awsjobs.logs.LimitExceededException

---@class awsjobs.logs.ListAggregateLogGroupSummariesRequest
---@field accountIdentifiers? string[] When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
---@field includeLinkedAccounts? boolean If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
---@field logGroupClass? awsjobs.logs.LogGroupClass Filters the results by log group class to include only log groups of the specified class.
---@field logGroupNamePattern? string Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify.
---@field dataSources? awsjobs.logs.DataSourceFilter[] Filters the results by data source characteristics to include only log groups associated with the specified data sources.
---@field groupBy awsjobs.logs.ListAggregateLogGroupSummariesGroupBy Specifies how to group the log groups in the summary.
---@field nextToken? string
---@field limit? integer The maximum number of aggregated summaries to return.

---@class awsjobs.logs.ListAggregateLogGroupSummariesResponse
---@field aggregateLogGroupSummaries? awsjobs.logs.AggregateLogGroupSummary[] The list of aggregate log group summaries grouped by the specified data source characteristics.
---@field nextToken? string

---@class awsjobs.logs.ListAnomaliesRequest
---@field anomalyDetectorArn? string Use this to optionally limit the results to only the anomalies found by a certain anomaly detector.
---@field suppressionState? awsjobs.logs.SuppressionState You can specify this parameter if you want to the operation to return only anomalies that are currently either suppressed or unsuppressed.
---@field limit? integer The maximum number of items to return.
---@field nextToken? string

---@class awsjobs.logs.ListAnomaliesResponse
---@field anomalies? awsjobs.logs.Anomaly[] An array of structures, where each structure contains information about one anomaly that a log anomaly detector has found.
---@field nextToken? string

---@class awsjobs.logs.ListIntegrationsRequest
---@field integrationNamePrefix? string To limit the results to integrations that start with a certain name prefix, specify that name prefix here.
---@field integrationType? awsjobs.logs.IntegrationType To limit the results to integrations of a certain type, specify that type here.
---@field integrationStatus? awsjobs.logs.IntegrationStatus To limit the results to integrations with a certain status, specify that status here.

---@class awsjobs.logs.ListIntegrationsResponse
---@field integrationSummaries? awsjobs.logs.IntegrationSummary[] An array, where each object in the array contains information about one CloudWatch Logs integration in this account.

---@class awsjobs.logs.ListLogAnomalyDetectorsRequest
---@field filterLogGroupArn? string Use this to optionally filter the results to only include anomaly detectors that are associated with the specified log group.
---@field limit? integer The maximum number of items to return.
---@field nextToken? string

---@class awsjobs.logs.ListLogAnomalyDetectorsResponse
---@field anomalyDetectors? awsjobs.logs.AnomalyDetector[] An array of structures, where each structure in the array contains information about one anomaly detector.
---@field nextToken? string

---@class awsjobs.logs.ListLogGroupsForQueryRequest
---@field queryId string The ID of the query to use.
---@field nextToken? string
---@field maxResults? integer Limits the number of returned log groups to the specified number.

---@class awsjobs.logs.ListLogGroupsForQueryResponse
---@field logGroupIdentifiers? string[] An array of the names and ARNs of the log groups that were processed in the query.
---@field nextToken? string

---@class awsjobs.logs.ListLogGroupsRequest
---@field logGroupNamePattern? string Use this parameter to limit the returned log groups to only those with names that match the pattern that you specify.
---@field logGroupClass? awsjobs.logs.LogGroupClass Use this parameter to limit the results to only those log groups in the specified log group class.
---@field includeLinkedAccounts? boolean If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers.
---@field accountIdentifiers? string[] When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search.
---@field nextToken? string
---@field limit? integer The maximum number of log groups to return.
---@field dataSources? awsjobs.logs.DataSourceFilter[] An array of data source filters to filter log groups by their associated data sources.
---@field fieldIndexNames? string[] An array of field index names to filter log groups that have specific field indexes.
---@field logGroupTags? awsjobs.logs.TagFilter[] An array of tag filters to return only log groups that have specific tags.

---@class awsjobs.logs.ListLogGroupsResponse
---@field logGroups? awsjobs.logs.LogGroupSummary[] An array of structures, where each structure contains the information about one log group.
---@field nextToken? string

---@class awsjobs.logs.ListScheduledQueriesRequest
---@field maxResults? integer The maximum number of scheduled queries to return.
---@field nextToken? string
---@field state? awsjobs.logs.ScheduledQueryState Filter scheduled queries by state.

---@class awsjobs.logs.ListScheduledQueriesResponse
---@field nextToken? string
---@field scheduledQueries? awsjobs.logs.ScheduledQuerySummary[] An array of scheduled query summary information.

---@class awsjobs.logs.ListSourcesForS3TableIntegrationRequest
---@field integrationArn string The Amazon Resource Name (ARN) of the S3 Table Integration to list associations for.
---@field maxResults? integer The maximum number of associations to return in a single call.
---@field nextToken? string

---@class awsjobs.logs.ListSourcesForS3TableIntegrationResponse
---@field sources? awsjobs.logs.S3TableIntegrationSource[] The list of data source associations for the specified S3 Table Integration.
---@field nextToken? string

---@class awsjobs.logs.ListTagsForResourceRequest
---@field resourceArn string The ARN of the resource that you want to view tags for.

---@class awsjobs.logs.ListTagsForResourceResponse
---@field tags? table<string, string> The list of tags associated with the requested resource.>

---@class awsjobs.logs.ListTagsLogGroupRequest
---@field logGroupName string The name of the log group.

---@class awsjobs.logs.ListTagsLogGroupResponse
---@field tags? table<string, string> The tags for the log group.

---This processor takes a list of objects that contain key fields, and converts them into a map of target keys.
---@class awsjobs.logs.ListToMap
---@field source string The key in the log event that has a list of objects that will be converted to a map.
---@field key string The key of the field to be extracted as keys in the generated map
---@field valueKey? string If this is specified, the values that you specify in this parameter will be extracted from the source objects and put into the values of the generated map.
---@field target? string The key of the field that will hold the generated map
---@field flatten? boolean A Boolean value to indicate whether the list will be flattened into single items.
---@field flattenedElement? awsjobs.logs.FlattenedElement If you set flatten to true, use flattenedElement to specify which element, first or last, to keep.

---This object contains the information for one log event returned in a Live Tail stream.
---@class awsjobs.logs.LiveTailSessionLogEvent
---@field logStreamName? string The name of the log stream that ingested this log event.
---@field logGroupIdentifier? string The name or ARN of the log group that ingested this log event.
---@field message? string The log event message text.
---@field timestamp? integer The timestamp specifying when this log event was created.
---@field ingestionTime? integer The timestamp specifying when this log event was ingested into the log group.

---This object contains the metadata for one LiveTailSessionUpdate structure.
---@class awsjobs.logs.LiveTailSessionMetadata
---@field sampled? boolean If this is true, then more than 500 log events matched the request for this update, and the sessionResults includes a sample of 500 of those events.

---This object contains information about this Live Tail session, including the log groups included and the log stream filters, if any.
---@class awsjobs.logs.LiveTailSessionStart
---@field requestId? string The unique ID generated by CloudWatch Logs to identify this Live Tail session request.
---@field sessionId? string The unique ID generated by CloudWatch Logs to identify this Live Tail session.
---@field logGroupIdentifiers? string[] An array of the names and ARNs of the log groups included in this Live Tail session.
---@field logStreamNames? string[] If your StartLiveTail operation request included a logStreamNames parameter that filtered the session to only include certain log streams, these streams are...
---@field logStreamNamePrefixes? string[] If your StartLiveTail operation request included a logStreamNamePrefixes parameter that filtered the session to only include log streams that have names...
---@field logEventFilterPattern? string An optional pattern to filter the results to include only log events that match the pattern.

---This object contains the log events and metadata for a Live Tail session.
---@class awsjobs.logs.LiveTailSessionUpdate
---@field sessionMetadata? awsjobs.logs.LiveTailSessionMetadata This object contains the session metadata for a Live Tail session.
---@field sessionResults? awsjobs.logs.LiveTailSessionLogEvent[] An array, where each member of the array includes the information for one log event in the Live Tail session.

---This structure contains the information for one sample log event that is associated with an anomaly found by a log anomaly detector.
---@class awsjobs.logs.LogEvent
---@field timestamp? integer The time stamp of the log event.
---@field message? string The message content of the log event.

---Defines the data type structure for a log field, including the type, element information, and nested fields for complex types.
---@class awsjobs.logs.LogFieldType
---@field type? string The data type of the log field.
---@field element? awsjobs.logs.LogFieldType For array or collection types, specifies the element type information.
---@field fields? awsjobs.logs.LogFieldsListItem[] For complex types, contains the nested field definitions.

---Represents a log field with its name and data type information for a specific data source.
---@class awsjobs.logs.LogFieldsListItem
---@field logFieldName? string The name of the log field.
---@field logFieldType? awsjobs.logs.LogFieldType The data type information for the log field.

---Represents a log group.
---@class awsjobs.logs.LogGroup
---@field logGroupName? string The name of the log group.
---@field creationTime? integer The creation time of the log group, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field retentionInDays? integer
---@field metricFilterCount? integer The number of metric filters.
---@field arn? string The Amazon Resource Name (ARN) of the log group.
---@field storedBytes? integer The number of bytes stored.
---@field kmsKeyId? string The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
---@field dataProtectionStatus? awsjobs.logs.DataProtectionStatus Displays whether this log group has a protection policy, or whether it had one in the past.
---@field inheritedProperties? awsjobs.logs.InheritedProperty[] Displays all the properties that this log group has inherited from account-level settings.
---@field logGroupClass? awsjobs.logs.LogGroupClass This specifies the log group class for this log group.
---@field logGroupArn? string The Amazon Resource Name (ARN) of the log group.
---@field deletionProtectionEnabled? boolean Indicates whether deletion protection is enabled for this log group.
---@field bearerTokenAuthenticationEnabled? boolean Indicates whether bearer token authentication is enabled for this log group.

---The fields contained in log events found by a GetLogGroupFields operation, along with the percentage of queried log events in which each field appears.
---@class awsjobs.logs.LogGroupField
---@field name? string The name of a log field.
---@field percent? integer The percentage of log events queried that contained the field.

---This structure contains information about one log group in your account.
---@class awsjobs.logs.LogGroupSummary
---@field logGroupName? string The name of the log group.
---@field logGroupArn? string The Amazon Resource Name (ARN) of the log group.
---@field logGroupClass? awsjobs.logs.LogGroupClass The log group class for this log group.

---Represents a log stream, which is a sequence of log events from a single emitter of logs.
---@class awsjobs.logs.LogStream
---@field logStreamName? string The name of the log stream.
---@field creationTime? integer The creation time of the stream, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field firstEventTimestamp? integer The time of the first event, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field lastEventTimestamp? integer The time of the most recent log event in the log stream in CloudWatch Logs.
---@field lastIngestionTime? integer The ingestion time, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC The lastIngestionTime value updates on an eventual consistency basis.
---@field uploadSequenceToken? string The sequence token.
---@field arn? string The Amazon Resource Name (ARN) of the log stream.
---@field storedBytes? integer The number of bytes stored.

---Contains metadata about a lookup table returned by DescribeLookupTables.
---@class awsjobs.logs.LookupTable
---@field lookupTableArn? string The ARN of the lookup table.
---@field lookupTableName? string The name of the lookup table.
---@field description? string The description of the lookup table.
---@field tableFields? string[] The column headers from the first row of the CSV file.
---@field recordsCount? integer The number of data rows in the lookup table, excluding the header row.
---@field sizeBytes? integer The size of the lookup table in bytes.
---@field lastUpdatedTime? integer The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field kmsKeyId? string The ARN of the KMS key used to encrypt the lookup table data, if applicable.

---This processor converts a string to lowercase.
---@class awsjobs.logs.LowerCaseString
---@field withKeys string[] The array caontaining the keys of the fields to convert to lowercase.

---The query string is not valid.
---(The members of `err.data` when `err.code` is MalformedQueryException.)
---@class awsjobs.logs.MalformedQueryException
---@field queryCompileError? awsjobs.logs.QueryCompileError

---Metric filters express how CloudWatch Logs would extract metric observations from ingested log events and transform them into metric data in a CloudWatch metric.
---@class awsjobs.logs.MetricFilter
---@field filterName? string The name of the metric filter.
---@field filterPattern? string
---@field metricTransformations? awsjobs.logs.MetricTransformation[] The metric transformations.
---@field creationTime? integer The creation time of the metric filter, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field logGroupName? string The name of the log group.
---@field applyOnTransformedLogs? boolean This parameter is valid only for log groups that have an active log transformer.
---@field fieldSelectionCriteria? string The filter expression that specifies which log events are processed by this metric filter based on system fields.
---@field emitSystemFieldDimensions? string[] The list of system fields that are emitted as additional dimensions in the generated metrics.

---Represents a matched event.
---@class awsjobs.logs.MetricFilterMatchRecord
---@field eventNumber? integer The event number.
---@field eventMessage? string The raw event data.
---@field extractedValues? table<string, string> The values extracted from the event data by the filter.

---Indicates how to transform ingested log events to metric data in a CloudWatch metric.
---@class awsjobs.logs.MetricTransformation
---@field metricName string The name of the CloudWatch metric.
---@field metricNamespace string A custom namespace to contain your metric in CloudWatch.
---@field metricValue string The value to publish to the CloudWatch metric when a filter pattern matches a log event.
---@field defaultValue? number # (Optional) The value to emit when a filter pattern does not match a log event.
---@field dimensions? table<string, string> The fields to use as dimensions for the metric.
---@field unit? awsjobs.logs.StandardUnit The unit to assign to the metric.

---This object defines one key that will be moved with the moveKey processor.
---@class awsjobs.logs.MoveKeyEntry
---@field source string The key to move.
---@field target string The key to move to.
---@field overwriteIfExists? boolean Specifies whether to overwrite the value if the destination key already exists.

---This processor moves a key from one field to another.
---@class awsjobs.logs.MoveKeys
---@field entries awsjobs.logs.MoveKeyEntry[] An array of objects, where each object contains the information about one key to move.

---This structure contains information about the OpenSearch Service application used for this integration.
---@class awsjobs.logs.OpenSearchApplication
---@field applicationEndpoint? string The endpoint of the application.
---@field applicationArn? string The Amazon Resource Name (ARN) of the application.
---@field applicationId? string The ID of the application.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains information about the OpenSearch Service collection used for this integration.
---@class awsjobs.logs.OpenSearchCollection
---@field collectionEndpoint? string The endpoint of the collection.
---@field collectionArn? string The ARN of the collection.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains information about the OpenSearch Service data access policy used for this integration.
---@class awsjobs.logs.OpenSearchDataAccessPolicy
---@field policyName? string The name of the data access policy.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains information about the OpenSearch Service data source used for this integration.
---@class awsjobs.logs.OpenSearchDataSource
---@field dataSourceName? string The name of the OpenSearch Service data source.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains information about the OpenSearch Service encryption policy used for this integration.
---@class awsjobs.logs.OpenSearchEncryptionPolicy
---@field policyName? string The name of the encryption policy.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains complete information about one CloudWatch Logs integration.
---@class awsjobs.logs.OpenSearchIntegrationDetails
---@field dataSource? awsjobs.logs.OpenSearchDataSource This structure contains information about the OpenSearch Service data source used for this integration.
---@field application? awsjobs.logs.OpenSearchApplication This structure contains information about the OpenSearch Service application used for this integration.
---@field collection? awsjobs.logs.OpenSearchCollection This structure contains information about the OpenSearch Service collection used for this integration.
---@field workspace? awsjobs.logs.OpenSearchWorkspace This structure contains information about the OpenSearch Service workspace used for this integration.
---@field encryptionPolicy? awsjobs.logs.OpenSearchEncryptionPolicy This structure contains information about the OpenSearch Service encryption policy used for this integration.
---@field networkPolicy? awsjobs.logs.OpenSearchNetworkPolicy This structure contains information about the OpenSearch Service network policy used for this integration.
---@field accessPolicy? awsjobs.logs.OpenSearchDataAccessPolicy This structure contains information about the OpenSearch Service data access policy used for this integration.
---@field lifecyclePolicy? awsjobs.logs.OpenSearchLifecyclePolicy This structure contains information about the OpenSearch Service data lifecycle policy used for this integration.

---This structure contains information about the OpenSearch Service data lifecycle policy used for this integration.
---@class awsjobs.logs.OpenSearchLifecyclePolicy
---@field policyName? string The name of the lifecycle policy.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains information about the OpenSearch Service network policy used for this integration.
---@class awsjobs.logs.OpenSearchNetworkPolicy
---@field policyName? string The name of the network policy.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of this OpenSearch Service resource.

---This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.
---@class awsjobs.logs.OpenSearchResourceConfig
---@field kmsKeyArn? string To have the vended dashboard data encrypted with KMS instead of the CloudWatch Logs default encryption method, specify the ARN of the KMS key that you want...
---@field dataSourceRoleArn string Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration.
---@field dashboardViewerPrincipals string[] Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing the dashboards.
---@field applicationArn? string If you want to use an existing OpenSearch Service application for your integration with OpenSearch Service, specify it here.
---@field retentionDays integer Specify how many days that you want the data derived by OpenSearch Service to be retained in the index that the dashboard refers to.

---This structure contains information about the status of an OpenSearch Service resource.
---@class awsjobs.logs.OpenSearchResourceStatus
---@field status? awsjobs.logs.OpenSearchResourceStatusType The current status of this resource.
---@field statusMessage? string A message with additional information about the status of this resource.

---This structure contains information about the OpenSearch Service workspace used for this integration.
---@class awsjobs.logs.OpenSearchWorkspace
---@field workspaceId? string The ID of this workspace.
---@field status? awsjobs.logs.OpenSearchResourceStatus This structure contains information about the status of an OpenSearch Service resource.

---Multiple concurrent requests to update the same resource were in conflict.
---(The members of `err.data` when `err.code` is OperationAbortedException.)
---@class awsjobs.logs.OperationAbortedException

---Represents a log event.
---@class awsjobs.logs.OutputLogEvent
---@field timestamp? integer The time the event occurred, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field message? string The data contained in the log event.
---@field ingestionTime? integer The time the event was ingested, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---This processor parses CloudFront vended logs, extract fields, and convert them into JSON format.
---@class awsjobs.logs.ParseCloudfront
---@field source? string Omit this parameter and the whole log message will be processed by this processor.

---This processor parses log events that are in JSON format.
---@class awsjobs.logs.ParseJSON
---@field source? string Path to the field in the log event that will be parsed.
---@field destination? string The location to put the parsed key value pair into.

---This processor parses a specified field in the original log event into key-value pairs.
---@class awsjobs.logs.ParseKeyValue
---@field source? string Path to the field in the log event that will be parsed.
---@field destination? string The destination field to put the extracted key-value pairs into
---@field fieldDelimiter? string The field delimiter string that is used between key-value pairs in the original log events.
---@field keyValueDelimiter? string The delimiter string to use between the key and value in each pair in the transformed log event.
---@field keyPrefix? string If you want to add a prefix to all transformed keys, specify it here.
---@field nonMatchValue? string A value to insert into the value field in the result, when a key-value pair is not successfully split.
---@field overwriteIfExists? boolean Specifies whether to overwrite the value if the destination key already exists.

---Use this processor to parse RDS for PostgreSQL vended logs, extract fields, and and convert them into a JSON format.
---@class awsjobs.logs.ParsePostgres
---@field source? string Omit this parameter and the whole log message will be processed by this processor.

---Use this processor to parse Route 53 vended logs, extract fields, and and convert them into a JSON format.
---@class awsjobs.logs.ParseRoute53
---@field source? string Omit this parameter and the whole log message will be processed by this processor.

---This processor converts logs into Open Cybersecurity Schema Framework (OCSF) events.
---@class awsjobs.logs.ParseToOCSF
---@field source? string The path to the field in the log event that you want to parse.
---@field eventSource awsjobs.logs.EventSource Specify the service or process that produces the log events that will be converted with this processor.
---@field ocsfVersion awsjobs.logs.OCSFVersion Specify which version of the OCSF schema to use for the transformed log events.
---@field mappingVersion? string The version of the OCSF mapping to use for parsing log data.

---Use this processor to parse Amazon VPC vended logs, extract fields, and and convert them into a JSON format.
---@class awsjobs.logs.ParseVPC
---@field source? string Omit this parameter and the whole log message will be processed by this processor.

---Use this processor to parse WAF vended logs, extract fields, and and convert them into a JSON format.
---@class awsjobs.logs.ParseWAF
---@field source? string Omit this parameter and the whole log message will be processed by this processor.

---A structure that contains information about one pattern token related to an anomaly.
---@class awsjobs.logs.PatternToken
---@field dynamicTokenPosition? integer For a dynamic token, this indicates where in the pattern that this token appears, related to other dynamic tokens.
---@field isDynamic? boolean Specifies whether this is a dynamic token.
---@field tokenString? string The string represented by this token.
---@field enumerations? table<string, integer> Contains the values found for a dynamic token, and the number of times each value was found.
---@field inferredTokenName? string A name that CloudWatch Logs assigned to this dynamic token to make the pattern more readable.

---A structure that contains information about one delivery destination policy.
---@class awsjobs.logs.Policy
---@field deliveryDestinationPolicy? string The contents of the delivery destination policy.

---This structure contains the information about one processor in a log transformer.
---@class awsjobs.logs.Processor
---@field addKeys? awsjobs.logs.AddKeys Use this parameter to include the addKeys processor in your transformer.
---@field copyValue? awsjobs.logs.CopyValue Use this parameter to include the copyValue processor in your transformer.
---@field csv? awsjobs.logs.CSV Use this parameter to include the CSV processor in your transformer.
---@field dateTimeConverter? awsjobs.logs.DateTimeConverter Use this parameter to include the datetimeConverter processor in your transformer.
---@field deleteKeys? awsjobs.logs.DeleteKeys Use this parameter to include the deleteKeys processor in your transformer.
---@field grok? awsjobs.logs.Grok Use this parameter to include the grok processor in your transformer.
---@field listToMap? awsjobs.logs.ListToMap Use this parameter to include the listToMap processor in your transformer.
---@field lowerCaseString? awsjobs.logs.LowerCaseString Use this parameter to include the lowerCaseString processor in your transformer.
---@field moveKeys? awsjobs.logs.MoveKeys Use this parameter to include the moveKeys processor in your transformer.
---@field parseCloudfront? awsjobs.logs.ParseCloudfront Use this parameter to include the parseCloudfront processor in your transformer.
---@field parseJSON? awsjobs.logs.ParseJSON Use this parameter to include the parseJSON processor in your transformer.
---@field parseKeyValue? awsjobs.logs.ParseKeyValue Use this parameter to include the parseKeyValue processor in your transformer.
---@field parseRoute53? awsjobs.logs.ParseRoute53 Use this parameter to include the parseRoute53 processor in your transformer.
---@field parseToOCSF? awsjobs.logs.ParseToOCSF Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format.
---@field parsePostgres? awsjobs.logs.ParsePostgres Use this parameter to include the parsePostGres processor in your transformer.
---@field parseVPC? awsjobs.logs.ParseVPC Use this parameter to include the parseVPC processor in your transformer.
---@field parseWAF? awsjobs.logs.ParseWAF Use this parameter to include the parseWAF processor in your transformer.
---@field renameKeys? awsjobs.logs.RenameKeys Use this parameter to include the renameKeys processor in your transformer.
---@field splitString? awsjobs.logs.SplitString Use this parameter to include the splitString processor in your transformer.
---@field substituteString? awsjobs.logs.SubstituteString Use this parameter to include the substituteString processor in your transformer.
---@field trimString? awsjobs.logs.TrimString Use this parameter to include the trimString processor in your transformer.
---@field typeConverter? awsjobs.logs.TypeConverter Use this parameter to include the typeConverter processor in your transformer.
---@field upperCaseString? awsjobs.logs.UpperCaseString Use this parameter to include the upperCaseString processor in your transformer.

---@class awsjobs.logs.PutAccountPolicyRequest
---@field policyName string A name for the policy.
---@field policyDocument string Specify the policy, in JSON.
---@field policyType awsjobs.logs.PolicyType The type of policy that you're creating or updating.
---@field scope? awsjobs.logs.Scope Currently the only valid value for this parameter is ALL, which specifies that the data protection policy applies to all log groups in the account.
---@field selectionCriteria? string Use this parameter to apply the new policy to a subset of log groups in the account or a data source name and type combination.

---@class awsjobs.logs.PutAccountPolicyResponse
---@field accountPolicy? awsjobs.logs.AccountPolicy The account policy that you created.

---@class awsjobs.logs.PutBearerTokenAuthenticationRequest
---@field logGroupIdentifier string The name or ARN of the log group.
---@field bearerTokenAuthenticationEnabled boolean Whether to enable bearer token authentication.

---@class awsjobs.logs.PutDataProtectionPolicyRequest
---@field logGroupIdentifier string Specify either the log group name or log group ARN.
---@field policyDocument string Specify the data protection policy, in JSON.

---@class awsjobs.logs.PutDataProtectionPolicyResponse
---@field logGroupIdentifier? string The log group name or ARN that you specified in your request.
---@field policyDocument? string The data protection policy used for this log group.
---@field lastUpdatedTime? integer The date and time that this policy was most recently updated.

---@class awsjobs.logs.PutDeliveryDestinationPolicyRequest
---@field deliveryDestinationName string The name of the delivery destination to assign this policy to.
---@field deliveryDestinationPolicy string The contents of the policy.

---@class awsjobs.logs.PutDeliveryDestinationPolicyResponse
---@field policy? awsjobs.logs.Policy The contents of the policy that you just created.

---@class awsjobs.logs.PutDeliveryDestinationRequest
---@field name string A name for this delivery destination.
---@field outputFormat? awsjobs.logs.OutputFormat The format for the logs that this delivery destination will receive.
---@field deliveryDestinationConfiguration? awsjobs.logs.DeliveryDestinationConfiguration A structure that contains the ARN of the Amazon Web Services resource that will receive the logs.
---@field deliveryDestinationType? awsjobs.logs.DeliveryDestinationType The type of delivery destination.
---@field tags? table<string, string> An optional list of key-value pairs to associate with the resource.

---@class awsjobs.logs.PutDeliveryDestinationResponse
---@field deliveryDestination? awsjobs.logs.DeliveryDestination A structure containing information about the delivery destination that you just created or updated.

---@class awsjobs.logs.PutDeliverySourceRequest
---@field name string A name for this delivery source.
---@field resourceArn string The ARN of the Amazon Web Services resource that is generating and sending logs.
---@field logType string Defines the type of log that the source is sending.
---@field tags? table<string, string> An optional list of key-value pairs to associate with the resource.
---@field deliverySourceConfiguration? table<string, string> A map of key-value pairs to configure the delivery source.

---@class awsjobs.logs.PutDeliverySourceResponse
---@field deliverySource? awsjobs.logs.DeliverySource A structure containing information about the delivery source that was just created or updated.

---@class awsjobs.logs.PutDestinationPolicyRequest
---@field destinationName string A name for an existing destination.
---@field accessPolicy string An IAM policy document that authorizes cross-account users to deliver their log events to the associated destination.
---@field forceUpdate? boolean Specify true if you are updating an existing destination policy to grant permission to an organization ID instead of granting permission to individual...

---@class awsjobs.logs.PutDestinationRequest
---@field destinationName string A name for the destination.
---@field targetArn string The ARN of an Amazon Kinesis stream to which to deliver matching log events.
---@field roleArn string The ARN of an IAM role that grants CloudWatch Logs permissions to call the Amazon Kinesis PutRecord operation on the destination stream.
---@field tags? table<string, string> An optional list of key-value pairs to associate with the resource.

---@class awsjobs.logs.PutDestinationResponse
---@field destination? awsjobs.logs.Destination The destination.

---@class awsjobs.logs.PutIndexPolicyRequest
---@field logGroupIdentifier string Specify either the log group name or log group ARN to apply this field index policy to.
---@field policyDocument string The index policy document, in JSON format.

---@class awsjobs.logs.PutIndexPolicyResponse
---@field indexPolicy? awsjobs.logs.IndexPolicy The index policy that you just created or updated.

---@class awsjobs.logs.PutIntegrationRequest
---@field integrationName string A name for the integration.
---@field resourceConfig awsjobs.logs.ResourceConfig A structure that contains configuration information for the integration that you are creating.
---@field integrationType awsjobs.logs.IntegrationType The type of integration.

---@class awsjobs.logs.PutIntegrationResponse
---@field integrationName? string The name of the integration that you just created.
---@field integrationStatus? awsjobs.logs.IntegrationStatus The status of the integration that you just created.

---@class awsjobs.logs.PutLogEventsRequest
---@field logGroupName string The name of the log group.
---@field logStreamName string The name of the log stream.
---@field logEvents awsjobs.logs.InputLogEvent[] The log events.
---@field sequenceToken? string The sequence token obtained from the response of the previous PutLogEvents call.
---@field entity? awsjobs.logs.Entity The entity associated with the log events.

---@class awsjobs.logs.PutLogEventsResponse
---@field nextSequenceToken? string The next sequence token.
---@field rejectedLogEventsInfo? awsjobs.logs.RejectedLogEventsInfo The rejected events.
---@field rejectedEntityInfo? awsjobs.logs.RejectedEntityInfo Information about why the entity is rejected when calling PutLogEvents.

---@class awsjobs.logs.PutLogGroupDeletionProtectionRequest
---@field logGroupIdentifier string The name or ARN of the log group.
---@field deletionProtectionEnabled boolean Whether to enable deletion protection.

---@class awsjobs.logs.PutMetricFilterRequest
---@field logGroupName string The name of the log group.
---@field filterName string A name for the metric filter.
---@field filterPattern string A filter pattern for extracting metric data out of ingested log events.
---@field metricTransformations awsjobs.logs.MetricTransformation[] A collection of information that defines how metric data gets emitted.
---@field applyOnTransformedLogs? boolean This parameter is valid only for log groups that have an active log transformer.
---@field fieldSelectionCriteria? string A filter expression that specifies which log events should be processed by this metric filter based on system fields such as source account and source region.
---@field emitSystemFieldDimensions? string[] A list of system fields to emit as additional dimensions in the generated metrics.

---@class awsjobs.logs.PutQueryDefinitionRequest
---@field queryLanguage? awsjobs.logs.QueryLanguage Specify the query language to use for this query.
---@field name string A name for the query definition.
---@field queryDefinitionId? string If you are updating a query definition, use this parameter to specify the ID of the query definition that you want to update.
---@field logGroupNames? string[] Use this parameter to include specific log groups as part of your query definition.
---@field queryString string The query string to use for this definition.
---@field clientToken? string Used as an idempotency token, to avoid returning an exception if the service receives the same request twice because of a network error.
---@field parameters? awsjobs.logs.QueryParameter[] Use this parameter to include specific query parameters as part of your query definition.

---@class awsjobs.logs.PutQueryDefinitionResponse
---@field queryDefinitionId? string The ID of the query definition.

---@class awsjobs.logs.PutResourcePolicyRequest
---@field policyName? string Name of the new policy.
---@field policyDocument? string Details of the new policy, including the identity of the principal that is enabled to put logs to this account.
---@field resourceArn? string The ARN of the CloudWatch Logs resource to which the resource policy needs to be added or attached.
---@field expectedRevisionId? string The expected revision ID of the resource policy.

---@class awsjobs.logs.PutResourcePolicyResponse
---@field resourcePolicy? awsjobs.logs.ResourcePolicy The new policy.
---@field revisionId? string The revision ID of the created or updated resource policy.

---@class awsjobs.logs.PutRetentionPolicyRequest
---@field logGroupName string The name of the log group.
---@field retentionInDays integer

---@class awsjobs.logs.PutSubscriptionFilterRequest
---@field logGroupName string The name of the log group.
---@field filterName string A name for the subscription filter.
---@field filterPattern string A filter pattern for subscribing to a filtered stream of log events.
---@field destinationArn string The ARN of the destination to deliver matching log events to.
---@field roleArn? string The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events to the destination stream.
---@field distribution? awsjobs.logs.Distribution The method used to distribute log data to the destination.
---@field applyOnTransformedLogs? boolean This parameter is valid only for log groups that have an active log transformer.
---@field fieldSelectionCriteria? string A filter expression that specifies which log events should be processed by this subscription filter based on system fields such as source account and source...
---@field emitSystemFields? string[] A list of system fields to include in the log events sent to the subscription destination.

---@class awsjobs.logs.PutTransformerRequest
---@field logGroupIdentifier string Specify either the name or ARN of the log group to create the transformer for.
---@field transformerConfig awsjobs.logs.Processor[] This structure contains the configuration of this log transformer.

---Reserved.
---@class awsjobs.logs.QueryCompileError
---@field location? awsjobs.logs.QueryCompileErrorLocation Reserved.
---@field message? string Reserved.

---Reserved.
---@class awsjobs.logs.QueryCompileErrorLocation
---@field startCharOffset? integer Reserved.
---@field endCharOffset? integer Reserved.

---This structure contains details about a saved CloudWatch Logs Insights query definition.
---@class awsjobs.logs.QueryDefinition
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language used for this query.
---@field queryDefinitionId? string The unique ID of the query definition.
---@field name? string The name of the query definition.
---@field queryString? string The query string to use for this definition.
---@field lastModified? integer The date that the query definition was most recently modified.
---@field logGroupNames? string[] If this query definition contains a list of log groups that it is limited to, that list appears here.
---@field parameters? awsjobs.logs.QueryParameter[] If this query definition contains a list of query parameters that define placeholder variables for the query string, that list appears here.

---Information about one CloudWatch Logs Insights query that matches the request in a DescribeQueries operation.
---@class awsjobs.logs.QueryInfo
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language used for this query.
---@field queryId? string The unique ID number of this query.
---@field queryString? string The query string used in this query.
---@field status? awsjobs.logs.QueryStatus The status of this query.
---@field createTime? integer The date and time that this query was created.
---@field logGroupName? string The name of the log group scanned by this query.
---@field queryDuration? integer The duration in milliseconds that the query took to execute.
---@field bytesScanned? number The total number of bytes scanned by the query.
---@field userIdentity? string The ARN of the user who ran the query.

---This structure defines a query parameter for a saved CloudWatch Logs Insights query definition.
---@class awsjobs.logs.QueryParameter
---@field name string The name of the query parameter.
---@field defaultValue? string The default value to use for this query parameter if no value is supplied at execution time.
---@field description? string A description of the query parameter that explains its purpose or expected values.

---Contains the number of log events scanned by the query, the number of log events that matched the query criteria, and the total number of bytes in the log events that were scanned.
---@class awsjobs.logs.QueryStatistics
---@field recordsMatched? number The number of log events that matched the query string.
---@field recordsScanned? number The total number of log events scanned during the query.
---@field estimatedRecordsSkipped? number An estimate of the number of log events that were skipped when processing this query, because the query contained an indexed field.
---@field bytesScanned? number The total number of bytes in the log events scanned during the query.
---@field estimatedBytesSkipped? number An estimate of the number of bytes in the log events that were skipped when processing this query, because the query contained an indexed field.
---@field logGroupsScanned? number The number of log groups that were scanned by this query.

---A structure that represents a valid record field header and whether it is mandatory.
---@class awsjobs.logs.RecordField
---@field name? string The name to use when specifying this record field in a CreateDelivery or UpdateDeliveryConfiguration operation.
---@field mandatory? boolean If this is true, the record field must be present in the recordFields parameter provided to a CreateDelivery or UpdateDeliveryConfiguration operation.

---If an entity is rejected when a PutLogEvents request was made, this includes details about the reason for the rejection.
---@class awsjobs.logs.RejectedEntityInfo
---@field errorType awsjobs.logs.EntityRejectionErrorType The type of error that caused the rejection of the entity when calling PutLogEvents.

---Represents the rejected events.
---@class awsjobs.logs.RejectedLogEventsInfo
---@field tooNewLogEventStartIndex? integer The index of the first log event that is too new.
---@field tooOldLogEventEndIndex? integer The index of the last log event that is too old.
---@field expiredLogEventEndIndex? integer The expired log events.

---This object defines one key that will be renamed with the renameKey processor.
---@class awsjobs.logs.RenameKeyEntry
---@field key string The key to rename
---@field renameTo string The string to use for the new key name
---@field overwriteIfExists? boolean Specifies whether to overwrite the existing value if the destination key already exists.

---Use this processor to rename keys in a log event.
---@class awsjobs.logs.RenameKeys
---@field entries awsjobs.logs.RenameKeyEntry[] An array of RenameKeyEntry objects, where each object contains the information about a single key to rename.

---The specified resource already exists.
---(The members of `err.data` when `err.code` is ResourceAlreadyExistsException.)
---@class awsjobs.logs.ResourceAlreadyExistsException

---This structure contains configuration details about an integration between CloudWatch Logs and another entity.
---@class awsjobs.logs.ResourceConfig
---@field openSearchResourceConfig? awsjobs.logs.OpenSearchResourceConfig This structure contains configuration details about an integration between CloudWatch Logs and OpenSearch Service.

---The specified resource does not exist.
---(The members of `err.data` when `err.code` is ResourceNotFoundException.)
---@class awsjobs.logs.ResourceNotFoundException

---A policy enabling one or more entities to put logs to a log group in this account.
---@class awsjobs.logs.ResourcePolicy
---@field policyName? string The name of the resource policy.
---@field policyDocument? string The details of the policy.
---@field lastUpdatedTime? integer Timestamp showing when this policy was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field policyScope? awsjobs.logs.PolicyScope Specifies scope of the resource policy.
---@field resourceArn? string The ARN of the CloudWatch Logs resource to which the resource policy is attached.
---@field revisionId? string The revision ID of the resource policy.

---Contains one field from one log event returned by a CloudWatch Logs Insights query, along with the value of that field.
---@class awsjobs.logs.ResultField
---@field field? string The log event field.
---@field value? string The value of this field.

---Configuration for Amazon S3 destination where scheduled query results are delivered.
---@class awsjobs.logs.S3Configuration
---@field destinationIdentifier string The Amazon S3 URI where query results are delivered.
---@field roleArn string The ARN of the IAM role that grants permissions to write query results to the specified Amazon S3 destination.
---@field ownerAccountId? string The Amazon Web Services accountId for the bucket owning account.
---@field kmsKeyId? string The Amazon Resource Name (ARN) of the KMS encryption key.

---This structure contains delivery configurations that apply only when the delivery destination resource is an S3 bucket.
---@class awsjobs.logs.S3DeliveryConfiguration
---@field suffixPath? string This string allows re-configuring the S3 object prefix to contain either static or variable sections.
---@field enableHiveCompatiblePath? boolean This parameter causes the S3 objects that contain delivered logs to use a prefix structure that allows for integration with Apache Hive.

---Represents a data source association with an S3 Table Integration, including its status and metadata.
---@class awsjobs.logs.S3TableIntegrationSource
---@field identifier? string The unique identifier for this data source association.
---@field dataSource? awsjobs.logs.DataSource The data source associated with the S3 Table Integration.
---@field status? awsjobs.logs.S3TableIntegrationSourceStatus The current status of the data source association.
---@field statusReason? string Additional information about the status of the data source association.
---@field createdTimeStamp? integer The timestamp when the data source association was created.
---@field parentSourceIdentifier? string The identifier of the parent data source for this association.

---Contains information about the S3 Tables integration configuration for a configuration template.
---@class awsjobs.logs.S3TablesIntegration
---@field datasourceName? string The name of the S3 Tables datasource.
---@field datasourceType? string The type of the S3 Tables datasource.

---Information about a destination where scheduled query results are processed, including processing status and any error messages.
---@class awsjobs.logs.ScheduledQueryDestination
---@field destinationType? awsjobs.logs.ScheduledQueryDestinationType The type of destination for query results.
---@field destinationIdentifier? string The identifier for the destination where results are delivered.
---@field status? awsjobs.logs.ActionStatus The processing status of the destination delivery.
---@field processedIdentifier? string The identifier of the processed result at the destination.
---@field errorMessage? string Error message if destination processing failed.

---Summary information about a scheduled query, including basic configuration and execution status.
---@class awsjobs.logs.ScheduledQuerySummary
---@field scheduledQueryArn? string The ARN of the scheduled query.
---@field name? string The name of the scheduled query.
---@field state? awsjobs.logs.ScheduledQueryState The current state of the scheduled query.
---@field lastTriggeredTime? integer The timestamp when the scheduled query was last executed.
---@field lastExecutionStatus? awsjobs.logs.ExecutionStatus The status of the most recent execution.
---@field scheduleExpression? string The cron expression that defines when the scheduled query runs.
---@field timezone? string The timezone used for evaluating the schedule expression.
---@field destinationConfiguration? awsjobs.logs.DestinationConfiguration Configuration for where query results are delivered.
---@field creationTime? integer The timestamp when the scheduled query was created.
---@field lastUpdatedTime? integer The timestamp when the scheduled query was last updated.

---Represents the search status of a log stream.
---@class awsjobs.logs.SearchedLogStream
---@field logStreamName? string The name of the log stream.
---@field searchedCompletely? boolean Indicates whether all the events in this log stream were searched.

---This request exceeds a service quota.
---(The members of `err.data` when `err.code` is ServiceQuotaExceededException.)
---@class awsjobs.logs.ServiceQuotaExceededException

---The service cannot complete the request.
---(The members of `err.data` when `err.code` is ServiceUnavailableException.)
---@class awsjobs.logs.ServiceUnavailableException

---This exception is returned if an unknown error occurs during a Live Tail session.
---(The members of `err.data` when `err.code` is SessionStreamingException.)
---@class awsjobs.logs.SessionStreamingException
---@field message? string

---This exception is returned in a Live Tail stream when the Live Tail session times out.
---(The members of `err.data` when `err.code` is SessionTimeoutException.)
---@class awsjobs.logs.SessionTimeoutException
---@field message? string

---Use this processor to split a field into an array of strings using a delimiting character.
---@class awsjobs.logs.SplitString
---@field entries awsjobs.logs.SplitStringEntry[] An array of SplitStringEntry objects, where each object contains the information about one field to split.

---This object defines one log field that will be split with the splitString processor.
---@class awsjobs.logs.SplitStringEntry
---@field source string The key of the field to split.
---@field delimiter string The separator characters to split the string entry on.

---@class awsjobs.logs.StartLiveTailRequest
---@field logGroupIdentifiers string[] An array where each item in the array is a log group to include in the Live Tail session.
---@field logStreamNames? string[] If you specify this parameter, then only log events in the log streams that you specify here are included in the Live Tail session.
---@field logStreamNamePrefixes? string[] If you specify this parameter, then only log events in the log streams that have names that start with the prefixes that you specify here are included in...
---@field logEventFilterPattern? string An optional pattern to use to filter the results to include only log events that match the pattern.

---@class awsjobs.logs.StartLiveTailResponse
---@field responseStream? awsjobs.logs.StartLiveTailResponseStream An object that includes the stream returned by your request.

---This object includes the stream returned by your StartLiveTail request.
---@class awsjobs.logs.StartLiveTailResponseStream
---@field sessionStart? awsjobs.logs.LiveTailSessionStart This object contains information about this Live Tail session, including the log groups included and the log stream filters, if any.
---@field sessionUpdate? awsjobs.logs.LiveTailSessionUpdate This object contains the log events and session metadata.
---@field SessionTimeoutException? awsjobs.logs.SessionTimeoutException This exception is returned in the stream when the Live Tail session times out.
---@field SessionStreamingException? awsjobs.logs.SessionStreamingException This exception is returned if an unknown error occurs.

---@class awsjobs.logs.StartQueryRequest
---@field queryLanguage? awsjobs.logs.QueryLanguage Specify the query language to use for this query.
---@field logGroupName? string The log group on which to perform the query.
---@field logGroupNames? string[] The list of log groups to be queried.
---@field logGroupIdentifiers? string[] The list of log groups to query.
---@field startTime integer The beginning of the time range to query.
---@field endTime integer The end of the time range to query.
---@field queryString string The query string to use.
---@field limit? integer The maximum number of log events to return in the query.

---@class awsjobs.logs.StartQueryResponse
---@field queryId? string The unique ID of the query.

---@class awsjobs.logs.StopQueryRequest
---@field queryId string The ID number of the query to stop.

---@class awsjobs.logs.StopQueryResponse
---@field success? boolean This is true if the query was stopped by the StopQuery operation.

---Represents a subscription filter.
---@class awsjobs.logs.SubscriptionFilter
---@field filterName? string The name of the subscription filter.
---@field logGroupName? string The name of the log group.
---@field filterPattern? string
---@field destinationArn? string The Amazon Resource Name (ARN) of the destination.
---@field roleArn? string
---@field distribution? awsjobs.logs.Distribution
---@field applyOnTransformedLogs? boolean This parameter is valid only for log groups that have an active log transformer.
---@field creationTime? integer The creation time of the subscription filter, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.
---@field fieldSelectionCriteria? string The filter expression that specifies which log events are processed by this subscription filter based on system fields.
---@field emitSystemFields? string[] The list of system fields that are included in the log events sent to the subscription destination.

---This processor matches a key’s value against a regular expression and replaces all matches with a replacement string.
---@class awsjobs.logs.SubstituteString
---@field entries awsjobs.logs.SubstituteStringEntry[] An array of objects, where each object contains the information about one key to match and replace.

---This object defines one log field key that will be replaced using the substituteString processor.
---@class awsjobs.logs.SubstituteStringEntry
---@field source string The key to modify
---@field from string The regular expression string to be replaced.
---@field to string The string to be substituted for each match of from

---If you are suppressing an anomaly temporariliy, this structure defines how long the suppression period is to be.
---@class awsjobs.logs.SuppressionPeriod
---@field value? integer Specifies the number of seconds, minutes or hours to suppress this anomaly.
---@field suppressionUnit? awsjobs.logs.SuppressionUnit Specifies whether the value of value is in seconds, minutes, or hours.

---A tag filter that specifies a tag key and optional tag values for filtering log groups by tags.
---@class awsjobs.logs.TagFilter
---@field key string The tag key to filter on.
---@field values? string[] An optional list of tag values to filter on.

---@class awsjobs.logs.TagLogGroupRequest
---@field logGroupName string The name of the log group.
---@field tags table<string, string> The key-value pairs to use for the tags.

---@class awsjobs.logs.TagResourceRequest
---@field resourceArn string The ARN of the resource that you're adding tags to.
---@field tags table<string, string> The list of key-value pairs to associate with the resource.

---@class awsjobs.logs.TestMetricFilterRequest
---@field filterPattern string
---@field logEventMessages string[] The log event messages to test.

---@class awsjobs.logs.TestMetricFilterResponse
---@field matches? awsjobs.logs.MetricFilterMatchRecord[] The matched events.

---@class awsjobs.logs.TestTransformerRequest
---@field transformerConfig awsjobs.logs.Processor[] This structure contains the configuration of this log transformer that you want to test.
---@field logEventMessages string[] An array of the raw log events that you want to use to test this transformer.

---@class awsjobs.logs.TestTransformerResponse
---@field transformedLogs? awsjobs.logs.TransformedLogRecord[] An array where each member of the array includes both the original version and the transformed version of one of the log events that you input.

---The request was throttled because of quota limits.
---(The members of `err.data` when `err.code` is ThrottlingException.)
---@class awsjobs.logs.ThrottlingException

---A resource can have no more than 50 tags.
---(The members of `err.data` when `err.code` is TooManyTagsException.)
---@class awsjobs.logs.TooManyTagsException
---@field message? string
---@field resourceName? string The name of the resource.

---This structure contains information for one log event that has been processed by a log transformer.
---@class awsjobs.logs.TransformedLogRecord
---@field eventNumber? integer The event number.
---@field eventMessage? string The original log event message before it was transformed.
---@field transformedEventMessage? string The log event message after being transformed.

---A record of a scheduled query execution, including execution status, timestamp, and destination processing results.
---@class awsjobs.logs.TriggerHistoryRecord
---@field queryId? string The unique identifier for this query execution.
---@field executionStatus? awsjobs.logs.ExecutionStatus The execution status of the scheduled query run.
---@field triggeredTimestamp? integer The timestamp when the scheduled query execution was triggered.
---@field errorMessage? string Error message if the query execution failed.
---@field destinations? awsjobs.logs.ScheduledQueryDestination[] Information about destination processing for this query execution.

---Use this processor to remove leading and trailing whitespace.
---@class awsjobs.logs.TrimString
---@field withKeys string[] The array containing the keys of the fields to trim.

---Use this processor to convert a value type associated with the specified key to the specified type.
---@class awsjobs.logs.TypeConverter
---@field entries awsjobs.logs.TypeConverterEntry[] An array of TypeConverterEntry objects, where each object contains the information about one field to change the type of.

---This object defines one value type that will be converted using the typeConverter processor.
---@class awsjobs.logs.TypeConverterEntry
---@field key string The key with the value that is to be converted to a different type.
---@field type awsjobs.logs.Type The type to convert the field value to.

---The most likely cause is an Amazon Web Services access key ID or secret key that's not valid.
---(The members of `err.data` when `err.code` is UnrecognizedClientException.)
---@class awsjobs.logs.UnrecognizedClientException

---@class awsjobs.logs.UntagLogGroupRequest
---@field logGroupName string The name of the log group.
---@field tags string[] The tag keys.

---@class awsjobs.logs.UntagResourceRequest
---@field resourceArn string The ARN of the CloudWatch Logs resource that you're removing tags from.
---@field tagKeys string[] The list of tag keys to remove from the resource.

---@class awsjobs.logs.UpdateAnomalyRequest
---@field anomalyId? string If you are suppressing or unsuppressing an anomaly, specify its unique ID here.
---@field patternId? string If you are suppressing or unsuppressing an pattern, specify its unique ID here.
---@field anomalyDetectorArn string The ARN of the anomaly detector that this operation is to act on.
---@field suppressionType? awsjobs.logs.SuppressionType Use this to specify whether the suppression to be temporary or infinite.
---@field suppressionPeriod? awsjobs.logs.SuppressionPeriod If you are temporarily suppressing an anomaly or pattern, use this structure to specify how long the suppression is to last.
---@field baseline? boolean Set this to true to prevent CloudWatch Logs from displaying this behavior as an anomaly in the future.

---@class awsjobs.logs.UpdateDeliveryConfigurationRequest
---@field id string The ID of the delivery to be updated by this request.
---@field recordFields? string[] The list of record fields to be delivered to the destination, in order.
---@field fieldDelimiter? string The field delimiter to use between record fields when the final output format of a delivery is in Plain, W3C, or Raw format.
---@field s3DeliveryConfiguration? awsjobs.logs.S3DeliveryConfiguration This structure contains parameters that are valid only when the delivery's delivery destination is an S3 bucket.

---@class awsjobs.logs.UpdateDeliveryConfigurationResponse

---@class awsjobs.logs.UpdateLogAnomalyDetectorRequest
---@field anomalyDetectorArn string The ARN of the anomaly detector that you want to update.
---@field evaluationFrequency? awsjobs.logs.EvaluationFrequency Specifies how often the anomaly detector runs and look for anomalies.
---@field filterPattern? string
---@field anomalyVisibilityTime? integer The number of days to use as the life cycle of anomalies.
---@field enabled boolean Use this parameter to pause or restart the anomaly detector.

---@class awsjobs.logs.UpdateLookupTableRequest
---@field lookupTableArn string The ARN of the lookup table to update.
---@field description? string An updated description of the lookup table.
---@field tableBody string The new CSV content to replace the existing data.
---@field kmsKeyId? string The ARN of the KMS key to use to encrypt the lookup table data.

---@class awsjobs.logs.UpdateLookupTableResponse
---@field lookupTableArn? string The ARN of the lookup table that was updated.
---@field lastUpdatedTime? integer The time when the lookup table was last updated, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC.

---@class awsjobs.logs.UpdateScheduledQueryRequest
---@field identifier string The ARN or name of the scheduled query to update.
---@field description? string An updated description for the scheduled query.
---@field queryLanguage awsjobs.logs.QueryLanguage The updated query language for the scheduled query.
---@field queryString string The updated query string to execute.
---@field logGroupIdentifiers? string[] The updated array of log group names or ARNs to query.
---@field scheduleExpression string The updated cron expression that defines when the scheduled query runs.
---@field timezone? string The updated timezone for evaluating the schedule expression.
---@field startTimeOffset? integer The updated time offset in seconds that defines the lookback period for the query.
---@field destinationConfiguration? awsjobs.logs.DestinationConfiguration The updated configuration for where to deliver query results.
---@field scheduleStartTime? integer The updated start time for the scheduled query in Unix epoch format.
---@field scheduleEndTime? integer The updated end time for the scheduled query in Unix epoch format.
---@field executionRoleArn string The updated ARN of the IAM role that grants permissions to execute the query and deliver results.
---@field state? awsjobs.logs.ScheduledQueryState The updated state of the scheduled query.

---@class awsjobs.logs.UpdateScheduledQueryResponse
---@field scheduledQueryArn? string The ARN of the updated scheduled query.
---@field name? string The name of the updated scheduled query.
---@field description? string The description of the updated scheduled query.
---@field queryLanguage? awsjobs.logs.QueryLanguage The query language of the updated scheduled query.
---@field queryString? string The query string of the updated scheduled query.
---@field logGroupIdentifiers? string[] The log groups queried by the updated scheduled query.
---@field scheduleExpression? string The cron expression of the updated scheduled query.
---@field timezone? string The timezone of the updated scheduled query.
---@field startTimeOffset? integer The time offset of the updated scheduled query.
---@field destinationConfiguration? awsjobs.logs.DestinationConfiguration The destination configuration of the updated scheduled query.
---@field state? awsjobs.logs.ScheduledQueryState The state of the updated scheduled query.
---@field lastTriggeredTime? integer The timestamp when the updated scheduled query was last executed.
---@field lastExecutionStatus? awsjobs.logs.ExecutionStatus The status of the most recent execution of the updated scheduled query.
---@field scheduleStartTime? integer The start time of the updated scheduled query.
---@field scheduleEndTime? integer The end time of the updated scheduled query.
---@field executionRoleArn? string The execution role ARN of the updated scheduled query.
---@field creationTime? integer The timestamp when the scheduled query was originally created.
---@field lastUpdatedTime? integer The timestamp when the scheduled query was last updated.

---This processor converts a string field to uppercase.
---@class awsjobs.logs.UpperCaseString
---@field withKeys string[] The array of containing the keys of the field to convert to uppercase.

---One of the parameters for the request is not valid.
---(The members of `err.data` when `err.code` is ValidationException.)
---@class awsjobs.logs.ValidationException

---@class awsjobs.logs.Client: awsjobs.Client
local logs = {}

---Associates the specified KMS key with either one log group in the account, or with all stored CloudWatch Logs query insights results in the account.
---@param params awsjobs.logs.AssociateKmsKeyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:associateKmsKey(params) end

---Associates a data source with an S3 Table Integration for query access in the 'logs' namespace.
---@param params awsjobs.logs.AssociateSourceToS3TableIntegrationRequest
---@return awsjobs.logs.AssociateSourceToS3TableIntegrationResponse? result
---@return awsjobs.Error? err
function logs:associateSourceToS3TableIntegration(params) end

---Cancels the specified export task.
---@param params awsjobs.logs.CancelExportTaskRequest
---@return table? result
---@return awsjobs.Error? err
function logs:cancelExportTask(params) end

---Cancels an active import task and stops importing data from the CloudTrail Lake Event Data Store.
---@param params awsjobs.logs.CancelImportTaskRequest
---@return awsjobs.logs.CancelImportTaskResponse? result
---@return awsjobs.Error? err
function logs:cancelImportTask(params) end

---Creates a delivery.
---@param params awsjobs.logs.CreateDeliveryRequest
---@return awsjobs.logs.CreateDeliveryResponse? result
---@return awsjobs.Error? err
function logs:createDelivery(params) end

---Creates an export task so that you can efficiently export data from a log group to an Amazon S3 bucket.
---@param params awsjobs.logs.CreateExportTaskRequest
---@return awsjobs.logs.CreateExportTaskResponse? result
---@return awsjobs.Error? err
function logs:createExportTask(params) end

---Starts an import from a data source to CloudWatch Log and creates a managed log group as the destination for the imported data.
---@param params awsjobs.logs.CreateImportTaskRequest
---@return awsjobs.logs.CreateImportTaskResponse? result
---@return awsjobs.Error? err
function logs:createImportTask(params) end

---Creates an anomaly detector that regularly scans one or more log groups and look for patterns and anomalies in the logs.
---@param params awsjobs.logs.CreateLogAnomalyDetectorRequest
---@return awsjobs.logs.CreateLogAnomalyDetectorResponse? result
---@return awsjobs.Error? err
function logs:createLogAnomalyDetector(params) end

---Creates a log group with the specified name.
---@param params awsjobs.logs.CreateLogGroupRequest
---@return table? result
---@return awsjobs.Error? err
function logs:createLogGroup(params) end

---Creates a log stream for the specified log group.
---@param params awsjobs.logs.CreateLogStreamRequest
---@return table? result
---@return awsjobs.Error? err
function logs:createLogStream(params) end

---Creates a lookup table by uploading CSV data.
---@param params awsjobs.logs.CreateLookupTableRequest
---@return awsjobs.logs.CreateLookupTableResponse? result
---@return awsjobs.Error? err
function logs:createLookupTable(params) end

---Creates a scheduled query that runs CloudWatch Logs Insights queries at regular intervals.
---@param params awsjobs.logs.CreateScheduledQueryRequest
---@return awsjobs.logs.CreateScheduledQueryResponse? result
---@return awsjobs.Error? err
function logs:createScheduledQuery(params) end

---Deletes a CloudWatch Logs account policy.
---@param params awsjobs.logs.DeleteAccountPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteAccountPolicy(params) end

---Deletes the data protection policy from the specified log group.
---@param params awsjobs.logs.DeleteDataProtectionPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDataProtectionPolicy(params) end

---Deletes a delivery.
---@param params awsjobs.logs.DeleteDeliveryRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDelivery(params) end

---Deletes a delivery destination.
---@param params awsjobs.logs.DeleteDeliveryDestinationRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDeliveryDestination(params) end

---Deletes a delivery destination policy.
---@param params awsjobs.logs.DeleteDeliveryDestinationPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDeliveryDestinationPolicy(params) end

---Deletes a delivery source.
---@param params awsjobs.logs.DeleteDeliverySourceRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDeliverySource(params) end

---Deletes the specified destination, and eventually disables all the subscription filters that publish to it.
---@param params awsjobs.logs.DeleteDestinationRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteDestination(params) end

---Deletes a log-group level field index policy that was applied to a single log group.
---@param params awsjobs.logs.DeleteIndexPolicyRequest
---@return awsjobs.logs.DeleteIndexPolicyResponse? result
---@return awsjobs.Error? err
function logs:deleteIndexPolicy(params) end

---Deletes the integration between CloudWatch Logs and OpenSearch Service.
---@param params awsjobs.logs.DeleteIntegrationRequest
---@return awsjobs.logs.DeleteIntegrationResponse? result
---@return awsjobs.Error? err
function logs:deleteIntegration(params) end

---Deletes the specified CloudWatch Logs anomaly detector.
---@param params awsjobs.logs.DeleteLogAnomalyDetectorRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteLogAnomalyDetector(params) end

---Deletes the specified log group and permanently deletes all the archived log events associated with the log group.
---@param params awsjobs.logs.DeleteLogGroupRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteLogGroup(params) end

---Deletes the specified log stream and permanently deletes all the archived log events associated with the log stream.
---@param params awsjobs.logs.DeleteLogStreamRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteLogStream(params) end

---Deletes a lookup table permanently.
---@param params awsjobs.logs.DeleteLookupTableRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteLookupTable(params) end

---Deletes the specified metric filter.
---@param params awsjobs.logs.DeleteMetricFilterRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteMetricFilter(params) end

---Deletes a saved CloudWatch Logs Insights query definition.
---@param params awsjobs.logs.DeleteQueryDefinitionRequest
---@return awsjobs.logs.DeleteQueryDefinitionResponse? result
---@return awsjobs.Error? err
function logs:deleteQueryDefinition(params) end

---Deletes a resource policy from this account.
---@param params? awsjobs.logs.DeleteResourcePolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteResourcePolicy(params) end

---Deletes the specified retention policy.
---@param params awsjobs.logs.DeleteRetentionPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteRetentionPolicy(params) end

---Deletes a scheduled query and stops all future executions.
---@param params awsjobs.logs.DeleteScheduledQueryRequest
---@return awsjobs.logs.DeleteScheduledQueryResponse? result
---@return awsjobs.Error? err
function logs:deleteScheduledQuery(params) end

---Deletes the specified subscription filter.
---@param params awsjobs.logs.DeleteSubscriptionFilterRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteSubscriptionFilter(params) end

---Deletes the log transformer for the specified log group.
---@param params awsjobs.logs.DeleteTransformerRequest
---@return table? result
---@return awsjobs.Error? err
function logs:deleteTransformer(params) end

---Returns a list of all CloudWatch Logs account policies in the account.
---@param params awsjobs.logs.DescribeAccountPoliciesRequest
---@return awsjobs.logs.DescribeAccountPoliciesResponse? result
---@return awsjobs.Error? err
function logs:describeAccountPolicies(params) end

---Use this operation to return the valid and default values that are used when creating delivery sources, delivery destinations, and deliveries.
---@param params? awsjobs.logs.DescribeConfigurationTemplatesRequest
---@return awsjobs.logs.DescribeConfigurationTemplatesResponse? result
---@return awsjobs.Error? err
function logs:describeConfigurationTemplates(params) end

---Retrieves a list of the deliveries that have been created in the account.
---@param params? awsjobs.logs.DescribeDeliveriesRequest
---@return awsjobs.logs.DescribeDeliveriesResponse? result
---@return awsjobs.Error? err
function logs:describeDeliveries(params) end

---Retrieves a list of the delivery destinations that have been created in the account.
---@param params? awsjobs.logs.DescribeDeliveryDestinationsRequest
---@return awsjobs.logs.DescribeDeliveryDestinationsResponse? result
---@return awsjobs.Error? err
function logs:describeDeliveryDestinations(params) end

---Retrieves a list of the delivery sources that have been created in the account.
---@param params? awsjobs.logs.DescribeDeliverySourcesRequest
---@return awsjobs.logs.DescribeDeliverySourcesResponse? result
---@return awsjobs.Error? err
function logs:describeDeliverySources(params) end

---Lists all your destinations.
---@param params? awsjobs.logs.DescribeDestinationsRequest
---@return awsjobs.logs.DescribeDestinationsResponse? result
---@return awsjobs.Error? err
function logs:describeDestinations(params) end

---Lists the specified export tasks.
---@param params? awsjobs.logs.DescribeExportTasksRequest
---@return awsjobs.logs.DescribeExportTasksResponse? result
---@return awsjobs.Error? err
function logs:describeExportTasks(params) end

---Returns a list of custom and default field indexes which are discovered in log data.
---@param params awsjobs.logs.DescribeFieldIndexesRequest
---@return awsjobs.logs.DescribeFieldIndexesResponse? result
---@return awsjobs.Error? err
function logs:describeFieldIndexes(params) end

---Gets detailed information about the individual batches within an import task, including their status and any error messages.
---@param params awsjobs.logs.DescribeImportTaskBatchesRequest
---@return awsjobs.logs.DescribeImportTaskBatchesResponse? result
---@return awsjobs.Error? err
function logs:describeImportTaskBatches(params) end

---Lists and describes import tasks, with optional filtering by import status and source ARN.
---@param params? awsjobs.logs.DescribeImportTasksRequest
---@return awsjobs.logs.DescribeImportTasksResponse? result
---@return awsjobs.Error? err
function logs:describeImportTasks(params) end

---Returns the field index policies of the specified log group.
---@param params awsjobs.logs.DescribeIndexPoliciesRequest
---@return awsjobs.logs.DescribeIndexPoliciesResponse? result
---@return awsjobs.Error? err
function logs:describeIndexPolicies(params) end

---Returns information about log groups, including data sources that ingest into each log group.
---@param params? awsjobs.logs.DescribeLogGroupsRequest
---@return awsjobs.logs.DescribeLogGroupsResponse? result
---@return awsjobs.Error? err
function logs:describeLogGroups(params) end

---Lists the log streams for the specified log group.
---@param params? awsjobs.logs.DescribeLogStreamsRequest
---@return awsjobs.logs.DescribeLogStreamsResponse? result
---@return awsjobs.Error? err
function logs:describeLogStreams(params) end

---Retrieves metadata about lookup tables in your account.
---@param params? awsjobs.logs.DescribeLookupTablesRequest
---@return awsjobs.logs.DescribeLookupTablesResponse? result
---@return awsjobs.Error? err
function logs:describeLookupTables(params) end

---Lists the specified metric filters.
---@param params? awsjobs.logs.DescribeMetricFiltersRequest
---@return awsjobs.logs.DescribeMetricFiltersResponse? result
---@return awsjobs.Error? err
function logs:describeMetricFilters(params) end

---Returns a list of CloudWatch Logs Insights queries that are scheduled, running, or have been run recently in this account.
---@param params? awsjobs.logs.DescribeQueriesRequest
---@return awsjobs.logs.DescribeQueriesResponse? result
---@return awsjobs.Error? err
function logs:describeQueries(params) end

---This operation returns a paginated list of your saved CloudWatch Logs Insights query definitions.
---@param params? awsjobs.logs.DescribeQueryDefinitionsRequest
---@return awsjobs.logs.DescribeQueryDefinitionsResponse? result
---@return awsjobs.Error? err
function logs:describeQueryDefinitions(params) end

---Lists the resource policies in this account.
---@param params? awsjobs.logs.DescribeResourcePoliciesRequest
---@return awsjobs.logs.DescribeResourcePoliciesResponse? result
---@return awsjobs.Error? err
function logs:describeResourcePolicies(params) end

---Lists the subscription filters for the specified log group.
---@param params awsjobs.logs.DescribeSubscriptionFiltersRequest
---@return awsjobs.logs.DescribeSubscriptionFiltersResponse? result
---@return awsjobs.Error? err
function logs:describeSubscriptionFilters(params) end

---Disassociates the specified KMS key from the specified log group or from all CloudWatch Logs Insights query results in the account.
---@param params? awsjobs.logs.DisassociateKmsKeyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:disassociateKmsKey(params) end

---Disassociates a data source from an S3 Table Integration, removing query access and deleting all associated data from the integration.
---@param params awsjobs.logs.DisassociateSourceFromS3TableIntegrationRequest
---@return awsjobs.logs.DisassociateSourceFromS3TableIntegrationResponse? result
---@return awsjobs.Error? err
function logs:disassociateSourceFromS3TableIntegration(params) end

---Lists log events from the specified log group.
---@param params? awsjobs.logs.FilterLogEventsRequest
---@return awsjobs.logs.FilterLogEventsResponse? result
---@return awsjobs.Error? err
function logs:filterLogEvents(params) end

---Returns information about a log group data protection policy.
---@param params awsjobs.logs.GetDataProtectionPolicyRequest
---@return awsjobs.logs.GetDataProtectionPolicyResponse? result
---@return awsjobs.Error? err
function logs:getDataProtectionPolicy(params) end

---Returns complete information about one logical delivery.
---@param params awsjobs.logs.GetDeliveryRequest
---@return awsjobs.logs.GetDeliveryResponse? result
---@return awsjobs.Error? err
function logs:getDelivery(params) end

---Retrieves complete information about one delivery destination.
---@param params awsjobs.logs.GetDeliveryDestinationRequest
---@return awsjobs.logs.GetDeliveryDestinationResponse? result
---@return awsjobs.Error? err
function logs:getDeliveryDestination(params) end

---Retrieves the delivery destination policy assigned to the delivery destination that you specify.
---@param params awsjobs.logs.GetDeliveryDestinationPolicyRequest
---@return awsjobs.logs.GetDeliveryDestinationPolicyResponse? result
---@return awsjobs.Error? err
function logs:getDeliveryDestinationPolicy(params) end

---Retrieves complete information about one delivery source.
---@param params awsjobs.logs.GetDeliverySourceRequest
---@return awsjobs.logs.GetDeliverySourceResponse? result
---@return awsjobs.Error? err
function logs:getDeliverySource(params) end

---Returns information about one integration between CloudWatch Logs and OpenSearch Service.
---@param params awsjobs.logs.GetIntegrationRequest
---@return awsjobs.logs.GetIntegrationResponse? result
---@return awsjobs.Error? err
function logs:getIntegration(params) end

---Retrieves information about the log anomaly detector that you specify.
---@param params awsjobs.logs.GetLogAnomalyDetectorRequest
---@return awsjobs.logs.GetLogAnomalyDetectorResponse? result
---@return awsjobs.Error? err
function logs:getLogAnomalyDetector(params) end

---Lists log events from the specified log stream.
---@param params awsjobs.logs.GetLogEventsRequest
---@return awsjobs.logs.GetLogEventsResponse? result
---@return awsjobs.Error? err
function logs:getLogEvents(params) end

---Discovers available fields for a specific data source and type.
---@param params awsjobs.logs.GetLogFieldsRequest
---@return awsjobs.logs.GetLogFieldsResponse? result
---@return awsjobs.Error? err
function logs:getLogFields(params) end

---Returns a list of the fields that are included in log events in the specified log group.
---@param params? awsjobs.logs.GetLogGroupFieldsRequest
---@return awsjobs.logs.GetLogGroupFieldsResponse? result
---@return awsjobs.Error? err
function logs:getLogGroupFields(params) end

---Retrieves a large logging object (LLO) and streams it back.
---@param params awsjobs.logs.GetLogObjectRequest
---@return awsjobs.logs.GetLogObjectResponse? result
---@return awsjobs.Error? err
function logs:getLogObject(params) end

---Retrieves all of the fields and values of a single log event.
---@param params awsjobs.logs.GetLogRecordRequest
---@return awsjobs.logs.GetLogRecordResponse? result
---@return awsjobs.Error? err
function logs:getLogRecord(params) end

---Retrieves the full content of a lookup table, including the CSV data.
---@param params awsjobs.logs.GetLookupTableRequest
---@return awsjobs.logs.GetLookupTableResponse? result
---@return awsjobs.Error? err
function logs:getLookupTable(params) end

---Returns the results from the specified query.
---@param params awsjobs.logs.GetQueryResultsRequest
---@return awsjobs.logs.GetQueryResultsResponse? result
---@return awsjobs.Error? err
function logs:getQueryResults(params) end

---Retrieves details about a specific scheduled query, including its configuration, execution status, and metadata.
---@param params awsjobs.logs.GetScheduledQueryRequest
---@return awsjobs.logs.GetScheduledQueryResponse? result
---@return awsjobs.Error? err
function logs:getScheduledQuery(params) end

---Retrieves the execution history of a scheduled query within a specified time range, including query results and destination processing status.
---@param params awsjobs.logs.GetScheduledQueryHistoryRequest
---@return awsjobs.logs.GetScheduledQueryHistoryResponse? result
---@return awsjobs.Error? err
function logs:getScheduledQueryHistory(params) end

---Returns the information about the log transformer associated with this log group.
---@param params awsjobs.logs.GetTransformerRequest
---@return awsjobs.logs.GetTransformerResponse? result
---@return awsjobs.Error? err
function logs:getTransformer(params) end

---Returns an aggregate summary of all log groups in the Region grouped by specified data source characteristics.
---@param params awsjobs.logs.ListAggregateLogGroupSummariesRequest
---@return awsjobs.logs.ListAggregateLogGroupSummariesResponse? result
---@return awsjobs.Error? err
function logs:listAggregateLogGroupSummaries(params) end

---Returns a list of anomalies that log anomaly detectors have found.
---@param params? awsjobs.logs.ListAnomaliesRequest
---@return awsjobs.logs.ListAnomaliesResponse? result
---@return awsjobs.Error? err
function logs:listAnomalies(params) end

---Returns a list of integrations between CloudWatch Logs and other services in this account.
---@param params? awsjobs.logs.ListIntegrationsRequest
---@return awsjobs.logs.ListIntegrationsResponse? result
---@return awsjobs.Error? err
function logs:listIntegrations(params) end

---Retrieves a list of the log anomaly detectors in the account.
---@param params? awsjobs.logs.ListLogAnomalyDetectorsRequest
---@return awsjobs.logs.ListLogAnomalyDetectorsResponse? result
---@return awsjobs.Error? err
function logs:listLogAnomalyDetectors(params) end

---Returns a list of log groups in the Region in your account.
---@param params? awsjobs.logs.ListLogGroupsRequest
---@return awsjobs.logs.ListLogGroupsResponse? result
---@return awsjobs.Error? err
function logs:listLogGroups(params) end

---Returns a list of the log groups that were analyzed during a single CloudWatch Logs Insights query.
---@param params awsjobs.logs.ListLogGroupsForQueryRequest
---@return awsjobs.logs.ListLogGroupsForQueryResponse? result
---@return awsjobs.Error? err
function logs:listLogGroupsForQuery(params) end

---Lists all scheduled queries in your account and region.
---@param params? awsjobs.logs.ListScheduledQueriesRequest
---@return awsjobs.logs.ListScheduledQueriesResponse? result
---@return awsjobs.Error? err
function logs:listScheduledQueries(params) end

---Returns a list of data source associations for a specified S3 Table Integration, showing which data sources are currently associated for query access.
---@param params awsjobs.logs.ListSourcesForS3TableIntegrationRequest
---@return awsjobs.logs.ListSourcesForS3TableIntegrationResponse? result
---@return awsjobs.Error? err
function logs:listSourcesForS3TableIntegration(params) end

---Displays the tags associated with a CloudWatch Logs resource.
---@param params awsjobs.logs.ListTagsForResourceRequest
---@return awsjobs.logs.ListTagsForResourceResponse? result
---@return awsjobs.Error? err
function logs:listTagsForResource(params) end

---Important: The ListTagsLogGroup operation is on the path to deprecation.
---@deprecated
---@param params awsjobs.logs.ListTagsLogGroupRequest
---@return awsjobs.logs.ListTagsLogGroupResponse? result
---@return awsjobs.Error? err
function logs:listTagsLogGroup(params) end

---Creates an account-level data protection policy, subscription filter policy, field index policy, transformer policy, or metric extraction policy that applies to all log groups, a subset of log...
---@param params awsjobs.logs.PutAccountPolicyRequest
---@return awsjobs.logs.PutAccountPolicyResponse? result
---@return awsjobs.Error? err
function logs:putAccountPolicy(params) end

---Enables or disables bearer token authentication for the specified log group.
---@param params awsjobs.logs.PutBearerTokenAuthenticationRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putBearerTokenAuthentication(params) end

---Creates a data protection policy for the specified log group.
---@param params awsjobs.logs.PutDataProtectionPolicyRequest
---@return awsjobs.logs.PutDataProtectionPolicyResponse? result
---@return awsjobs.Error? err
function logs:putDataProtectionPolicy(params) end

---Creates or updates a logical delivery destination.
---@param params awsjobs.logs.PutDeliveryDestinationRequest
---@return awsjobs.logs.PutDeliveryDestinationResponse? result
---@return awsjobs.Error? err
function logs:putDeliveryDestination(params) end

---Creates and assigns an IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a specified destination in this account.
---@param params awsjobs.logs.PutDeliveryDestinationPolicyRequest
---@return awsjobs.logs.PutDeliveryDestinationPolicyResponse? result
---@return awsjobs.Error? err
function logs:putDeliveryDestinationPolicy(params) end

---Creates or updates a logical delivery source.
---@param params awsjobs.logs.PutDeliverySourceRequest
---@return awsjobs.logs.PutDeliverySourceResponse? result
---@return awsjobs.Error? err
function logs:putDeliverySource(params) end

---Creates or updates a destination.
---@param params awsjobs.logs.PutDestinationRequest
---@return awsjobs.logs.PutDestinationResponse? result
---@return awsjobs.Error? err
function logs:putDestination(params) end

---Creates or updates an access policy associated with an existing destination.
---@param params awsjobs.logs.PutDestinationPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putDestinationPolicy(params) end

---Creates or updates a field index policy for the specified log group.
---@param params awsjobs.logs.PutIndexPolicyRequest
---@return awsjobs.logs.PutIndexPolicyResponse? result
---@return awsjobs.Error? err
function logs:putIndexPolicy(params) end

---Creates an integration between CloudWatch Logs and another service in this account.
---@param params awsjobs.logs.PutIntegrationRequest
---@return awsjobs.logs.PutIntegrationResponse? result
---@return awsjobs.Error? err
function logs:putIntegration(params) end

---Uploads a batch of log events to the specified log stream.
---@param params awsjobs.logs.PutLogEventsRequest
---@return awsjobs.logs.PutLogEventsResponse? result
---@return awsjobs.Error? err
function logs:putLogEvents(params) end

---Enables or disables deletion protection for the specified log group.
---@param params awsjobs.logs.PutLogGroupDeletionProtectionRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putLogGroupDeletionProtection(params) end

---Creates or updates a metric filter and associates it with the specified log group.
---@param params awsjobs.logs.PutMetricFilterRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putMetricFilter(params) end

---Creates or updates a query definition for CloudWatch Logs Insights.
---@param params awsjobs.logs.PutQueryDefinitionRequest
---@return awsjobs.logs.PutQueryDefinitionResponse? result
---@return awsjobs.Error? err
function logs:putQueryDefinition(params) end

---Creates or updates a resource policy allowing other Amazon Web Services services to put log events to this account, such as Amazon Route 53.
---@param params? awsjobs.logs.PutResourcePolicyRequest
---@return awsjobs.logs.PutResourcePolicyResponse? result
---@return awsjobs.Error? err
function logs:putResourcePolicy(params) end

---Sets the retention of the specified log group.
---@param params awsjobs.logs.PutRetentionPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putRetentionPolicy(params) end

---Creates or updates a subscription filter and associates it with the specified log group.
---@param params awsjobs.logs.PutSubscriptionFilterRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putSubscriptionFilter(params) end

---Creates or updates a log transformer for a single log group.
---@param params awsjobs.logs.PutTransformerRequest
---@return table? result
---@return awsjobs.Error? err
function logs:putTransformer(params) end

---Starts a Live Tail streaming session for one or more log groups.
---@param params awsjobs.logs.StartLiveTailRequest
---@return awsjobs.logs.StartLiveTailResponse? result
---@return awsjobs.Error? err
function logs:startLiveTail(params) end

---Starts a query of one or more log groups or data sources using CloudWatch Logs Insights.
---@param params awsjobs.logs.StartQueryRequest
---@return awsjobs.logs.StartQueryResponse? result
---@return awsjobs.Error? err
function logs:startQuery(params) end

---Stops a CloudWatch Logs Insights query that is in progress.
---@param params awsjobs.logs.StopQueryRequest
---@return awsjobs.logs.StopQueryResponse? result
---@return awsjobs.Error? err
function logs:stopQuery(params) end

---Important: The TagLogGroup operation is on the path to deprecation.
---@deprecated
---@param params awsjobs.logs.TagLogGroupRequest
---@return table? result
---@return awsjobs.Error? err
function logs:tagLogGroup(params) end

---Assigns one or more tags (key-value pairs) to the specified CloudWatch Logs resource.
---@param params awsjobs.logs.TagResourceRequest
---@return table? result
---@return awsjobs.Error? err
function logs:tagResource(params) end

---Tests the filter pattern of a metric filter against a sample of log event messages.
---@param params awsjobs.logs.TestMetricFilterRequest
---@return awsjobs.logs.TestMetricFilterResponse? result
---@return awsjobs.Error? err
function logs:testMetricFilter(params) end

---Use this operation to test a log transformer.
---@param params awsjobs.logs.TestTransformerRequest
---@return awsjobs.logs.TestTransformerResponse? result
---@return awsjobs.Error? err
function logs:testTransformer(params) end

---Important: The UntagLogGroup operation is on the path to deprecation.
---@deprecated
---@param params awsjobs.logs.UntagLogGroupRequest
---@return table? result
---@return awsjobs.Error? err
function logs:untagLogGroup(params) end

---Removes one or more tags from the specified resource.
---@param params awsjobs.logs.UntagResourceRequest
---@return table? result
---@return awsjobs.Error? err
function logs:untagResource(params) end

---Use this operation to suppress anomaly detection for a specified anomaly or pattern.
---@param params awsjobs.logs.UpdateAnomalyRequest
---@return table? result
---@return awsjobs.Error? err
function logs:updateAnomaly(params) end

---Use this operation to update the configuration of a delivery to change either the S3 path pattern or the format of the delivered logs.
---@param params awsjobs.logs.UpdateDeliveryConfigurationRequest
---@return awsjobs.logs.UpdateDeliveryConfigurationResponse? result
---@return awsjobs.Error? err
function logs:updateDeliveryConfiguration(params) end

---Updates an existing log anomaly detector.
---@param params awsjobs.logs.UpdateLogAnomalyDetectorRequest
---@return table? result
---@return awsjobs.Error? err
function logs:updateLogAnomalyDetector(params) end

---Updates an existing lookup table by replacing all of its CSV content.
---@param params awsjobs.logs.UpdateLookupTableRequest
---@return awsjobs.logs.UpdateLookupTableResponse? result
---@return awsjobs.Error? err
function logs:updateLookupTable(params) end

---Updates an existing scheduled query with new configuration.
---@param params awsjobs.logs.UpdateScheduledQueryRequest
---@return awsjobs.logs.UpdateScheduledQueryResponse? result
---@return awsjobs.Error? err
function logs:updateScheduledQuery(params) end

---Calls an operation by name.
---@param operation awsjobs.logs.Operation
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function logs:call(operation, params) end

---Iterates over the pages of a paginated operation; a failed page is false, err.
---@param operation awsjobs.logs.Paginated
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function logs:pages(operation, params) end

---The result list of every page joined (a table of lists where there are several keys).
---@param operation awsjobs.logs.Paginated
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function logs:all(operation, params) end
