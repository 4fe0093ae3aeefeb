---@meta
-- Generated from botocore 1.43.11 (iot 2015-05-28); do not edit. Regenerate: python3 tools/gen_docs.py
-- LuaLS definitions of awsjobs.iot (see types/awsjobs/init.d.lua for the rest of the API).

---@alias awsjobs.iot.Operation "AcceptCertificateTransfer"|"AddThingToBillingGroup"|"AddThingToThingGroup"|"AssociateSbomWithPackageVersion"|"AssociateTargetsWithJob"|"AttachPolicy"|"AttachPrincipalPolicy"|"AttachSecurityProfile"|"AttachThingPrincipal"|"CancelAuditMitigationActionsTask"|"CancelAuditTask"|"CancelCertificateTransfer"|"CancelDetectMitigationActionsTask"|"CancelJob"|"CancelJobExecution"|"ClearDefaultAuthorizer"|"ConfirmTopicRuleDestination"|"CreateAuditSuppression"|"CreateAuthorizer"|"CreateBillingGroup"|"CreateCertificateFromCsr"|"CreateCertificateProvider"|"CreateCommand"|"CreateCustomMetric"|"CreateDimension"|"CreateDomainConfiguration"|"CreateDynamicThingGroup"|"CreateFleetMetric"|"CreateJob"|"CreateJobTemplate"|"CreateKeysAndCertificate"|"CreateMitigationAction"|"CreateOTAUpdate"|"CreatePackage"|"CreatePackageVersion"|"CreatePolicy"|"CreatePolicyVersion"|"CreateProvisioningClaim"|"CreateProvisioningTemplate"|"CreateProvisioningTemplateVersion"|"CreateRoleAlias"|"CreateScheduledAudit"|"CreateSecurityProfile"|"CreateStream"|"CreateThing"|"CreateThingGroup"|"CreateThingType"|"CreateTopicRule"|"CreateTopicRuleDestination"|"DeleteAccountAuditConfiguration"|"DeleteAuditSuppression"|"DeleteAuthorizer"|"DeleteBillingGroup"|"DeleteCACertificate"|"DeleteCertificate"|"DeleteCertificateProvider"|"DeleteCommand"|"DeleteCommandExecution"|"DeleteCustomMetric"|"DeleteDimension"|"DeleteDomainConfiguration"|"DeleteDynamicThingGroup"|"DeleteFleetMetric"|"DeleteJob"|"DeleteJobExecution"|"DeleteJobTemplate"|"DeleteMitigationAction"|"DeleteOTAUpdate"|"DeletePackage"|"DeletePackageVersion"|"DeletePolicy"|"DeletePolicyVersion"|"DeleteProvisioningTemplate"|"DeleteProvisioningTemplateVersion"|"DeleteRegistrationCode"|"DeleteRoleAlias"|"DeleteScheduledAudit"|"DeleteSecurityProfile"|"DeleteStream"|"DeleteThing"|"DeleteThingGroup"|"DeleteThingType"|"DeleteTopicRule"|"DeleteTopicRuleDestination"|"DeleteV2LoggingLevel"|"DeprecateThingType"|"DescribeAccountAuditConfiguration"|"DescribeAuditFinding"|"DescribeAuditMitigationActionsTask"|"DescribeAuditSuppression"|"DescribeAuditTask"|"DescribeAuthorizer"|"DescribeBillingGroup"|"DescribeCACertificate"|"DescribeCertificate"|"DescribeCertificateProvider"|"DescribeCustomMetric"|"DescribeDefaultAuthorizer"|"DescribeDetectMitigationActionsTask"|"DescribeDimension"|"DescribeDomainConfiguration"|"DescribeEncryptionConfiguration"|"DescribeEndpoint"|"DescribeEventConfigurations"|"DescribeFleetMetric"|"DescribeIndex"|"DescribeJob"|"DescribeJobExecution"|"DescribeJobTemplate"|"DescribeManagedJobTemplate"|"DescribeMitigationAction"|"DescribeProvisioningTemplate"|"DescribeProvisioningTemplateVersion"|"DescribeRoleAlias"|"DescribeScheduledAudit"|"DescribeSecurityProfile"|"DescribeStream"|"DescribeThing"|"DescribeThingGroup"|"DescribeThingRegistrationTask"|"DescribeThingType"|"DetachPolicy"|"DetachPrincipalPolicy"|"DetachSecurityProfile"|"DetachThingPrincipal"|"DisableTopicRule"|"DisassociateSbomFromPackageVersion"|"EnableTopicRule"|"GetBehaviorModelTrainingSummaries"|"GetBucketsAggregation"|"GetCardinality"|"GetCommand"|"GetCommandExecution"|"GetEffectivePolicies"|"GetIndexingConfiguration"|"GetJobDocument"|"GetLoggingOptions"|"GetOTAUpdate"|"GetPackage"|"GetPackageConfiguration"|"GetPackageVersion"|"GetPercentiles"|"GetPolicy"|"GetPolicyVersion"|"GetRegistrationCode"|"GetStatistics"|"GetThingConnectivityData"|"GetTopicRule"|"GetTopicRuleDestination"|"GetV2LoggingOptions"|"ListActiveViolations"|"ListAttachedPolicies"|"ListAuditFindings"|"ListAuditMitigationActionsExecutions"|"ListAuditMitigationActionsTasks"|"ListAuditSuppressions"|"ListAuditTasks"|"ListAuthorizers"|"ListBillingGroups"|"ListCACertificates"|"ListCertificateProviders"|"ListCertificates"|"ListCertificatesByCA"|"ListCommandExecutions"|"ListCommands"|"ListCustomMetrics"|"ListDetectMitigationActionsExecutions"|"ListDetectMitigationActionsTasks"|"ListDimensions"|"ListDomainConfigurations"|"ListFleetMetrics"|"ListIndices"|"ListJobExecutionsForJob"|"ListJobExecutionsForThing"|"ListJobTemplates"|"ListJobs"|"ListManagedJobTemplates"|"ListMetricValues"|"ListMitigationActions"|"ListOTAUpdates"|"ListOutgoingCertificates"|"ListPackageVersions"|"ListPackages"|"ListPolicies"|"ListPolicyPrincipals"|"ListPolicyVersions"|"ListPrincipalPolicies"|"ListPrincipalThings"|"ListPrincipalThingsV2"|"ListProvisioningTemplateVersions"|"ListProvisioningTemplates"|"ListRelatedResourcesForAuditFinding"|"ListRoleAliases"|"ListSbomValidationResults"|"ListScheduledAudits"|"ListSecurityProfiles"|"ListSecurityProfilesForTarget"|"ListStreams"|"ListTagsForResource"|"ListTargetsForPolicy"|"ListTargetsForSecurityProfile"|"ListThingGroups"|"ListThingGroupsForThing"|"ListThingPrincipals"|"ListThingPrincipalsV2"|"ListThingRegistrationTaskReports"|"ListThingRegistrationTasks"|"ListThingTypes"|"ListThings"|"ListThingsInBillingGroup"|"ListThingsInThingGroup"|"ListTopicRuleDestinations"|"ListTopicRules"|"ListV2LoggingLevels"|"ListViolationEvents"|"PutVerificationStateOnViolation"|"RegisterCACertificate"|"RegisterCertificate"|"RegisterCertificateWithoutCA"|"RegisterThing"|"RejectCertificateTransfer"|"RemoveThingFromBillingGroup"|"RemoveThingFromThingGroup"|"ReplaceTopicRule"|"SearchIndex"|"SetDefaultAuthorizer"|"SetDefaultPolicyVersion"|"SetLoggingOptions"|"SetV2LoggingLevel"|"SetV2LoggingOptions"|"StartAuditMitigationActionsTask"|"StartDetectMitigationActionsTask"|"StartOnDemandAuditTask"|"StartThingRegistrationTask"|"StopThingRegistrationTask"|"TagResource"|"TestAuthorization"|"TestInvokeAuthorizer"|"TransferCertificate"|"UntagResource"|"UpdateAccountAuditConfiguration"|"UpdateAuditSuppression"|"UpdateAuthorizer"|"UpdateBillingGroup"|"UpdateCACertificate"|"UpdateCertificate"|"UpdateCertificateProvider"|"UpdateCommand"|"UpdateCustomMetric"|"UpdateDimension"|"UpdateDomainConfiguration"|"UpdateDynamicThingGroup"|"UpdateEncryptionConfiguration"|"UpdateEventConfigurations"|"UpdateFleetMetric"|"UpdateIndexingConfiguration"|"UpdateJob"|"UpdateMitigationAction"|"UpdatePackage"|"UpdatePackageConfiguration"|"UpdatePackageVersion"|"UpdateProvisioningTemplate"|"UpdateRoleAlias"|"UpdateScheduledAudit"|"UpdateSecurityProfile"|"UpdateStream"|"UpdateThing"|"UpdateThingGroup"|"UpdateThingGroupsForThing"|"UpdateThingType"|"UpdateTopicRuleDestination"|"ValidateSecurityProfileBehaviors"
---@alias awsjobs.iot.Waiter "JobExecutionSucceeded"|"JobExecutionTerminal"
---@alias awsjobs.iot.Paginated "GetBehaviorModelTrainingSummaries"|"ListActiveViolations"|"ListAttachedPolicies"|"ListAuditFindings"|"ListAuditMitigationActionsExecutions"|"ListAuditMitigationActionsTasks"|"ListAuditSuppressions"|"ListAuditTasks"|"ListAuthorizers"|"ListBillingGroups"|"ListCACertificates"|"ListCertificates"|"ListCertificatesByCA"|"ListCommandExecutions"|"ListCommands"|"ListCustomMetrics"|"ListDetectMitigationActionsExecutions"|"ListDetectMitigationActionsTasks"|"ListDimensions"|"ListDomainConfigurations"|"ListFleetMetrics"|"ListIndices"|"ListJobExecutionsForJob"|"ListJobExecutionsForThing"|"ListJobTemplates"|"ListJobs"|"ListManagedJobTemplates"|"ListMetricValues"|"ListMitigationActions"|"ListOTAUpdates"|"ListOutgoingCertificates"|"ListPackageVersions"|"ListPackages"|"ListPolicies"|"ListPolicyPrincipals"|"ListPrincipalPolicies"|"ListPrincipalThings"|"ListPrincipalThingsV2"|"ListProvisioningTemplateVersions"|"ListProvisioningTemplates"|"ListRelatedResourcesForAuditFinding"|"ListRoleAliases"|"ListSbomValidationResults"|"ListScheduledAudits"|"ListSecurityProfiles"|"ListSecurityProfilesForTarget"|"ListStreams"|"ListTagsForResource"|"ListTargetsForPolicy"|"ListTargetsForSecurityProfile"|"ListThingGroups"|"ListThingGroupsForThing"|"ListThingPrincipals"|"ListThingPrincipalsV2"|"ListThingRegistrationTaskReports"|"ListThingRegistrationTasks"|"ListThingTypes"|"ListThings"|"ListThingsInBillingGroup"|"ListThingsInThingGroup"|"ListTopicRuleDestinations"|"ListTopicRules"|"ListV2LoggingLevels"|"ListViolationEvents"
---@alias awsjobs.iot.AbortAction "CANCEL"
---@alias awsjobs.iot.ActionType "PUBLISH"|"SUBSCRIBE"|"RECEIVE"|"CONNECT"
---@alias awsjobs.iot.AggregationTypeName "Statistics"|"Percentiles"|"Cardinality"
---@alias awsjobs.iot.AlertTargetType "SNS"
---@alias awsjobs.iot.ApplicationProtocol "SECURE_MQTT"|"MQTT_WSS"|"HTTPS"|"DEFAULT"
---@alias awsjobs.iot.AuditCheckRunStatus "IN_PROGRESS"|"WAITING_FOR_DATA_COLLECTION"|"CANCELED"|"COMPLETED_COMPLIANT"|"COMPLETED_NON_COMPLIANT"|"FAILED"
---@alias awsjobs.iot.AuditFindingSeverity "CRITICAL"|"HIGH"|"MEDIUM"|"LOW"
---@alias awsjobs.iot.AuditFrequency "DAILY"|"WEEKLY"|"BIWEEKLY"|"MONTHLY"
---@alias awsjobs.iot.AuditMitigationActionsExecutionStatus "IN_PROGRESS"|"COMPLETED"|"FAILED"|"CANCELED"|"SKIPPED"|"PENDING"
---@alias awsjobs.iot.AuditMitigationActionsTaskStatus "IN_PROGRESS"|"COMPLETED"|"FAILED"|"CANCELED"
---@alias awsjobs.iot.AuditNotificationType "SNS"
---@alias awsjobs.iot.AuditTaskStatus "IN_PROGRESS"|"COMPLETED"|"FAILED"|"CANCELED"
---@alias awsjobs.iot.AuditTaskType "ON_DEMAND_AUDIT_TASK"|"SCHEDULED_AUDIT_TASK"
---@alias awsjobs.iot.AuthDecision "ALLOWED"|"EXPLICIT_DENY"|"IMPLICIT_DENY"
---@alias awsjobs.iot.AuthenticationType "CUSTOM_AUTH_X509"|"CUSTOM_AUTH"|"AWS_X509"|"AWS_SIGV4"|"DEFAULT"
---@alias awsjobs.iot.AuthorizerStatus "ACTIVE"|"INACTIVE"
---@alias awsjobs.iot.AutoRegistrationStatus "ENABLE"|"DISABLE"
---@alias awsjobs.iot.AwsJobAbortCriteriaAbortAction "CANCEL"
---@alias awsjobs.iot.AwsJobAbortCriteriaFailureType "FAILED"|"REJECTED"|"TIMED_OUT"|"ALL"
---@alias awsjobs.iot.BehaviorCriteriaType "STATIC"|"STATISTICAL"|"MACHINE_LEARNING"
---@alias awsjobs.iot.CACertificateStatus "ACTIVE"|"INACTIVE"
---@alias awsjobs.iot.CACertificateUpdateAction "DEACTIVATE"
---@alias awsjobs.iot.CannedAccessControlList "private"|"public-read"|"public-read-write"|"aws-exec-read"|"authenticated-read"|"bucket-owner-read"|"bucket-owner-full-control"|"log-delivery-write"
---@alias awsjobs.iot.CertificateMode "DEFAULT"|"SNI_ONLY"
---@alias awsjobs.iot.CertificateProviderOperation "CreateCertificateFromCsr"
---@alias awsjobs.iot.CertificateStatus "ACTIVE"|"INACTIVE"|"REVOKED"|"PENDING_TRANSFER"|"REGISTER_INACTIVE"|"PENDING_ACTIVATION"
---@alias awsjobs.iot.CommandExecutionStatus "CREATED"|"IN_PROGRESS"|"SUCCEEDED"|"FAILED"|"REJECTED"|"TIMED_OUT"
---@alias awsjobs.iot.CommandNamespace "AWS-IoT"|"AWS-IoT-FleetWise"
---@alias awsjobs.iot.CommandParameterType "STRING"|"INTEGER"|"DOUBLE"|"LONG"|"UNSIGNEDLONG"|"BOOLEAN"|"BINARY"
---@alias awsjobs.iot.CommandParameterValueComparisonOperator "EQUALS"|"NOT_EQUALS"|"LESS_THAN"|"LESS_THAN_EQUALS"|"GREATER_THAN"|"GREATER_THAN_EQUALS"|"IN_SET"|"NOT_IN_SET"|"IN_RANGE"|"NOT_IN_RANGE"
---@alias awsjobs.iot.ComparisonOperator "less-than"|"less-than-equals"|"greater-than"|"greater-than-equals"|"in-cidr-set"|"not-in-cidr-set"|"in-port-set"|"not-in-port-set"|"in-set"|"not-in-set"
---@alias awsjobs.iot.ConfidenceLevel "LOW"|"MEDIUM"|"HIGH"
---@alias awsjobs.iot.ConfigName "CERT_AGE_THRESHOLD_IN_DAYS"|"CERT_EXPIRATION_THRESHOLD_IN_DAYS"
---@alias awsjobs.iot.ConfigurationStatus "HEALTHY"|"UNHEALTHY"
---@alias awsjobs.iot.CustomMetricType "string-list"|"ip-address-list"|"number-list"|"number"
---@alias awsjobs.iot.DayOfWeek "SUN"|"MON"|"TUE"|"WED"|"THU"|"FRI"|"SAT"
---@alias awsjobs.iot.DetectMitigationActionExecutionStatus "IN_PROGRESS"|"SUCCESSFUL"|"FAILED"|"SKIPPED"
---@alias awsjobs.iot.DetectMitigationActionsTaskStatus "IN_PROGRESS"|"SUCCESSFUL"|"FAILED"|"CANCELED"
---@alias awsjobs.iot.DeviceCertificateUpdateAction "DEACTIVATE"
---@alias awsjobs.iot.DeviceDefenderIndexingMode "OFF"|"VIOLATIONS"
---@alias awsjobs.iot.DimensionType "TOPIC_FILTER"
---@alias awsjobs.iot.DimensionValueOperator "IN"|"NOT_IN"
---@alias awsjobs.iot.DisconnectReasonValue "AUTH_ERROR"|"CLIENT_INITIATED_DISCONNECT"|"CLIENT_ERROR"|"CONNECTION_LOST"|"DUPLICATE_CLIENTID"|"FORBIDDEN_ACCESS"|"MQTT_KEEP_ALIVE_TIMEOUT"|"SERVER_ERROR"|"SERVER_INITIATED_DISCONNECT"|"THROTTLED"|"WEBSOCKET_TTL_EXPIRATION"|"CUSTOMAUTH_TTL_EXPIRATION"|"UNKNOWN"|"NONE"
---@alias awsjobs.iot.DomainConfigurationStatus "ENABLED"|"DISABLED"
---@alias awsjobs.iot.DomainType "ENDPOINT"|"AWS_MANAGED"|"CUSTOMER_MANAGED"
---@alias awsjobs.iot.DynamicGroupStatus "ACTIVE"|"BUILDING"|"REBUILDING"
---@alias awsjobs.iot.DynamoKeyType "STRING"|"NUMBER"
---@alias awsjobs.iot.EncryptionType "CUSTOMER_MANAGED_KMS_KEY"|"AWS_OWNED_KMS_KEY"
---@alias awsjobs.iot.EventType "THING"|"THING_GROUP"|"THING_TYPE"|"THING_GROUP_MEMBERSHIP"|"THING_GROUP_HIERARCHY"|"THING_TYPE_ASSOCIATION"|"JOB"|"JOB_EXECUTION"|"POLICY"|"CERTIFICATE"|"CA_CERTIFICATE"
---@alias awsjobs.iot.FieldType "Number"|"String"|"Boolean"
---@alias awsjobs.iot.FleetMetricUnit "Seconds"|"Microseconds"|"Milliseconds"|"Bytes"|"Kilobytes"|"Megabytes"|"Gigabytes"|"Terabytes"|"Bits"|"Kilobits"|"Megabits"|"Gigabits"|"Terabits"|"Percent"|"Count"|"Bytes/Second"|"Kilobytes/Second"|"Megabytes/Second"|"Gigabytes/Second"|"Terabytes/Second"|"Bits/Second"|"Kilobits/Second"|"Megabits/Second"|"Gigabits/Second"|"Terabits/Second"|"Count/Second"|"None"
---@alias awsjobs.iot.IndexStatus "ACTIVE"|"BUILDING"|"REBUILDING"
---@alias awsjobs.iot.JobEndBehavior "STOP_ROLLOUT"|"CANCEL"|"FORCE_CANCEL"
---@alias awsjobs.iot.JobExecutionFailureType "FAILED"|"REJECTED"|"TIMED_OUT"|"ALL"
---@alias awsjobs.iot.JobExecutionStatus "QUEUED"|"IN_PROGRESS"|"SUCCEEDED"|"FAILED"|"TIMED_OUT"|"REJECTED"|"REMOVED"|"CANCELED"
---@alias awsjobs.iot.JobStatus "IN_PROGRESS"|"CANCELED"|"COMPLETED"|"DELETION_IN_PROGRESS"|"SCHEDULED"
---@alias awsjobs.iot.LogLevel "DEBUG"|"INFO"|"ERROR"|"WARN"|"DISABLED"
---@alias awsjobs.iot.LogTargetType "DEFAULT"|"THING_GROUP"|"CLIENT_ID"|"SOURCE_IP"|"PRINCIPAL_ID"
---@alias awsjobs.iot.MessageFormat "RAW"|"JSON"
---@alias awsjobs.iot.MitigationActionType "UPDATE_DEVICE_CERTIFICATE"|"UPDATE_CA_CERTIFICATE"|"ADD_THINGS_TO_THING_GROUP"|"REPLACE_DEFAULT_POLICY_VERSION"|"ENABLE_IOT_LOGGING"|"PUBLISH_FINDING_TO_SNS"
---@alias awsjobs.iot.ModelStatus "PENDING_BUILD"|"ACTIVE"|"EXPIRED"
---@alias awsjobs.iot.NamedShadowIndexingMode "OFF"|"ON"
---@alias awsjobs.iot.OTAUpdateStatus "CREATE_PENDING"|"CREATE_IN_PROGRESS"|"CREATE_COMPLETE"|"CREATE_FAILED"|"DELETE_IN_PROGRESS"|"DELETE_FAILED"
---@alias awsjobs.iot.OutputFormat "JSON"|"CBOR"
---@alias awsjobs.iot.PackageVersionAction "PUBLISH"|"DEPRECATE"
---@alias awsjobs.iot.PackageVersionStatus "DRAFT"|"PUBLISHED"|"DEPRECATED"
---@alias awsjobs.iot.PolicyTemplateName "BLANK_POLICY"
---@alias awsjobs.iot.Protocol "MQTT"|"HTTP"
---@alias awsjobs.iot.ReportType "ERRORS"|"RESULTS"
---@alias awsjobs.iot.ResourceType "DEVICE_CERTIFICATE"|"CA_CERTIFICATE"|"IOT_POLICY"|"COGNITO_IDENTITY_POOL"|"CLIENT_ID"|"ACCOUNT_SETTINGS"|"ROLE_ALIAS"|"IAM_ROLE"|"ISSUER_CERTIFICATE"
---@alias awsjobs.iot.RetryableFailureType "FAILED"|"TIMED_OUT"|"ALL"
---@alias awsjobs.iot.SbomValidationErrorCode "INCOMPATIBLE_FORMAT"|"FILE_SIZE_LIMIT_EXCEEDED"
---@alias awsjobs.iot.SbomValidationResult "FAILED"|"SUCCEEDED"
---@alias awsjobs.iot.SbomValidationStatus "IN_PROGRESS"|"FAILED"|"SUCCEEDED"
---@alias awsjobs.iot.ServerCertificateStatus "INVALID"|"VALID"
---@alias awsjobs.iot.ServiceType "DATA"|"CREDENTIAL_PROVIDER"|"JOBS"
---@alias awsjobs.iot.SortOrder "ASCENDING"|"DESCENDING"
---@alias awsjobs.iot.Status "InProgress"|"Completed"|"Failed"|"Cancelled"|"Cancelling"
---@alias awsjobs.iot.TargetFieldOrder "LatLon"|"LonLat"
---@alias awsjobs.iot.TargetSelection "CONTINUOUS"|"SNAPSHOT"
---@alias awsjobs.iot.TemplateType "FLEET_PROVISIONING"|"JITP"
---@alias awsjobs.iot.ThingConnectivityIndexingMode "OFF"|"STATUS"
---@alias awsjobs.iot.ThingGroupIndexingMode "OFF"|"ON"
---@alias awsjobs.iot.ThingIndexingMode "OFF"|"REGISTRY"|"REGISTRY_AND_SHADOW"
---@alias awsjobs.iot.ThingPrincipalType "EXCLUSIVE_THING"|"NON_EXCLUSIVE_THING"
---@alias awsjobs.iot.TopicRuleDestinationStatus "ENABLED"|"IN_PROGRESS"|"DISABLED"|"ERROR"|"DELETING"
---@alias awsjobs.iot.VerificationState "FALSE_POSITIVE"|"BENIGN_POSITIVE"|"TRUE_POSITIVE"|"UNKNOWN"
---@alias awsjobs.iot.ViolationEventType "in-alarm"|"alarm-cleared"|"alarm-invalidated"

---The criteria that determine when and how a job abort takes place.
---@class awsjobs.iot.AbortConfig
---@field criteriaList awsjobs.iot.AbortCriteria[] The list of criteria that determine when and how to abort the job.

---The criteria that determine when and how a job abort takes place.
---@class awsjobs.iot.AbortCriteria
---@field failureType awsjobs.iot.JobExecutionFailureType The type of job execution failures that can initiate a job abort.
---@field action awsjobs.iot.AbortAction The type of job action to take to initiate the job abort.
---@field thresholdPercentage number The minimum percentage of job execution failures that must occur to initiate the job abort.
---@field minNumberOfExecutedThings integer The minimum number of things which must receive job execution notifications before the job can be aborted.

---The input for the AcceptCertificateTransfer operation.
---@class awsjobs.iot.AcceptCertificateTransferRequest
---@field certificateId string The ID of the certificate.
---@field setAsActive? boolean Specifies whether the certificate is active.

---Describes the actions associated with a rule.
---@class awsjobs.iot.Action
---@field dynamoDB? awsjobs.iot.DynamoDBAction Write to a DynamoDB table.
---@field dynamoDBv2? awsjobs.iot.DynamoDBv2Action Write to a DynamoDB table.
---@field lambda? awsjobs.iot.LambdaAction Invoke a Lambda function.
---@field sns? awsjobs.iot.SnsAction Publish to an Amazon SNS topic.
---@field sqs? awsjobs.iot.SqsAction Publish to an Amazon SQS queue.
---@field kinesis? awsjobs.iot.KinesisAction Write data to an Amazon Kinesis stream.
---@field republish? awsjobs.iot.RepublishAction Publish to another MQTT topic.
---@field s3? awsjobs.iot.S3Action Write to an Amazon S3 bucket.
---@field firehose? awsjobs.iot.FirehoseAction Write to an Amazon Kinesis Firehose stream.
---@field cloudwatchMetric? awsjobs.iot.CloudwatchMetricAction Capture a CloudWatch metric.
---@field cloudwatchAlarm? awsjobs.iot.CloudwatchAlarmAction Change the state of a CloudWatch alarm.
---@field cloudwatchLogs? awsjobs.iot.CloudwatchLogsAction Send data to CloudWatch Logs.
---@field elasticsearch? awsjobs.iot.ElasticsearchAction Write data to an Amazon OpenSearch Service domain.
---@field salesforce? awsjobs.iot.SalesforceAction Send a message to a Salesforce IoT Cloud Input Stream.
---@field iotAnalytics? awsjobs.iot.IotAnalyticsAction Sends message data to an IoT Analytics channel.
---@field iotEvents? awsjobs.iot.IotEventsAction Sends an input to an IoT Events detector.
---@field iotSiteWise? awsjobs.iot.IotSiteWiseAction Sends data from the MQTT message that triggered the rule to IoT SiteWise asset properties.
---@field stepFunctions? awsjobs.iot.StepFunctionsAction Starts execution of a Step Functions state machine.
---@field timestream? awsjobs.iot.TimestreamAction The Timestream rule action writes attributes (measures) from an MQTT message into an Amazon Timestream table.
---@field http? awsjobs.iot.HttpAction Send data to an HTTPS endpoint.
---@field kafka? awsjobs.iot.KafkaAction Send messages to an Amazon Managed Streaming for Apache Kafka (Amazon MSK) or self-managed Apache Kafka cluster.
---@field openSearch? awsjobs.iot.OpenSearchAction Write data to an Amazon OpenSearch Service domain.
---@field location? awsjobs.iot.LocationAction The Amazon Location Service rule action sends device location updates from an MQTT message to an Amazon Location tracker resource.

---Information about an active Device Defender security profile behavior violation.
---@class awsjobs.iot.ActiveViolation
---@field violationId? string The ID of the active violation.
---@field thingName? string The name of the thing responsible for the active violation.
---@field securityProfileName? string The security profile with the behavior is in violation.
---@field behavior? awsjobs.iot.Behavior The behavior that is being violated.
---@field lastViolationValue? awsjobs.iot.MetricValue The value of the metric (the measurement) that caused the most recent violation.
---@field violationEventAdditionalInfo? awsjobs.iot.ViolationEventAdditionalInfo The details of a violation event.
---@field verificationState? awsjobs.iot.VerificationState The verification state of the violation (detect alarm).
---@field verificationStateDescription? string The description of the verification state of the violation.
---@field lastViolationTime? awsjobs.Timestamp The time the most recent violation occurred.
---@field violationStartTime? awsjobs.Timestamp The time the violation started.

---@class awsjobs.iot.AddThingToBillingGroupRequest
---@field billingGroupName? string The name of the billing group.
---@field billingGroupArn? string The ARN of the billing group.
---@field thingName? string The name of the thing to be added to the billing group.
---@field thingArn? string The ARN of the thing to be added to the billing group.

---@class awsjobs.iot.AddThingToBillingGroupResponse

---@class awsjobs.iot.AddThingToThingGroupRequest
---@field thingGroupName? string The name of the group to which you are adding a thing.
---@field thingGroupArn? string The ARN of the group to which you are adding a thing.
---@field thingName? string The name of the thing to add to a group.
---@field thingArn? string The ARN of the thing to add to a group.
---@field overrideDynamicGroups? boolean Override dynamic thing groups with static thing groups when 10-group limit is reached.

---@class awsjobs.iot.AddThingToThingGroupResponse

---Parameters used when defining a mitigation action that move a set of things to a thing group.
---@class awsjobs.iot.AddThingsToThingGroupParams
---@field thingGroupNames string[] The list of groups to which you want to add the things that triggered the mitigation action.
---@field overrideDynamicGroups? boolean Specifies if this mitigation action can move the things that triggered the mitigation action even if they are part of one or more dynamic thing groups.

---The type of aggregation queries.
---@class awsjobs.iot.AggregationType
---@field name awsjobs.iot.AggregationTypeName The name of the aggregation type.
---@field values? string[] A list of the values of aggregation types.

---A structure containing the alert target ARN and the role ARN.
---@class awsjobs.iot.AlertTarget
---@field alertTargetArn string The Amazon Resource Name (ARN) of the notification target to which alerts are sent.
---@field roleArn string The ARN of the role that grants permission to send alerts to the notification target.

---Contains information that allowed the authorization.
---@class awsjobs.iot.Allowed
---@field policies? awsjobs.iot.Policy[] A list of policies that allowed the authentication.

---An asset property timestamp entry containing the following information.
---@class awsjobs.iot.AssetPropertyTimestamp
---@field timeInSeconds string A string that contains the time in seconds since epoch.
---@field offsetInNanos? string Optional.

---An asset property value entry containing the following information.
---@class awsjobs.iot.AssetPropertyValue
---@field value awsjobs.iot.AssetPropertyVariant The value of the asset property.
---@field timestamp awsjobs.iot.AssetPropertyTimestamp The asset property value timestamp.
---@field quality? string Optional.

---Contains an asset property value (of a single type).
---@class awsjobs.iot.AssetPropertyVariant
---@field stringValue? string Optional.
---@field integerValue? string Optional.
---@field doubleValue? string Optional.
---@field booleanValue? string Optional.

---@class awsjobs.iot.AssociateSbomWithPackageVersionRequest
---@field packageName string The name of the new software package.
---@field versionName string The name of the new package version.
---@field sbom awsjobs.iot.Sbom
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.AssociateSbomWithPackageVersionResponse
---@field packageName? string The name of the new software package.
---@field versionName? string The name of the new package version.
---@field sbom? awsjobs.iot.Sbom
---@field sbomValidationStatus? awsjobs.iot.SbomValidationStatus The status of the initial validation for the software bill of materials against the Software Package Data Exchange (SPDX) and CycloneDX industry standard...

---@class awsjobs.iot.AssociateTargetsWithJobRequest
---@field targets string[] A list of thing group ARNs that define the targets of the job.
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field comment? string An optional comment string describing why the job was associated with the targets.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.

---@class awsjobs.iot.AssociateTargetsWithJobResponse
---@field jobArn? string An ARN identifying the job.
---@field jobId? string The unique identifier you assigned to this job when it was created.
---@field description? string A short text description of the job.

---@class awsjobs.iot.AttachPolicyRequest
---@field policyName string The name of the policy to attach.
---@field target string The identity to which the policy is attached.

---The input for the AttachPrincipalPolicy operation.
---@class awsjobs.iot.AttachPrincipalPolicyRequest
---@field policyName string The policy name.
---@field principal string The principal, which can be a certificate ARN (as returned from the CreateCertificate operation) or an Amazon Cognito ID.

---@class awsjobs.iot.AttachSecurityProfileRequest
---@field securityProfileName string The security profile that is attached.
---@field securityProfileTargetArn string The ARN of the target (thing group) to which the security profile is attached.

---@class awsjobs.iot.AttachSecurityProfileResponse

---The input for the AttachThingPrincipal operation.
---@class awsjobs.iot.AttachThingPrincipalRequest
---@field thingName string The name of the thing.
---@field principal string The principal, which can be a certificate ARN (as returned from the CreateCertificate operation) or an Amazon Cognito ID.
---@field thingPrincipalType? awsjobs.iot.ThingPrincipalType The type of the relation you want to specify when you attach a principal to a thing.

---The output from the AttachThingPrincipal operation.
---@class awsjobs.iot.AttachThingPrincipalResponse

---The attribute payload.
---@class awsjobs.iot.AttributePayload
---@field attributes? table<string, string> A JSON string containing up to three key-value pair in JSON format.
---@field merge? boolean Specifies whether the list of attributes provided in the AttributePayload is merged with the attributes stored in the registry, instead of overwriting them.

---Which audit checks are enabled and disabled for this account.
---@class awsjobs.iot.AuditCheckConfiguration
---@field enabled? boolean True if this audit check is enabled for this account.
---@field configuration? table<awsjobs.iot.ConfigName, string> A structure containing the configName and corresponding configValue for configuring audit checks.

---Information about the audit check.
---@class awsjobs.iot.AuditCheckDetails
---@field checkRunStatus? awsjobs.iot.AuditCheckRunStatus The completion status of this check.
---@field checkCompliant? boolean True if the check is complete and found all resources compliant.
---@field totalResourcesCount? integer The number of resources on which the check was performed.
---@field nonCompliantResourcesCount? integer The number of resources that were found noncompliant during the check.
---@field suppressedNonCompliantResourcesCount? integer Describes how many of the non-compliant resources created during the evaluation of an audit check were marked as suppressed.
---@field errorCode? string The code of any error encountered when this check is performed during this audit.
---@field message? string The message associated with any error encountered when this check is performed during this audit.

---The findings (results) of the audit.
---@class awsjobs.iot.AuditFinding
---@field findingId? string A unique identifier for this set of audit findings.
---@field taskId? string The ID of the audit that generated this result (finding).
---@field checkName? string The audit check that generated this result.
---@field taskStartTime? awsjobs.Timestamp The time the audit started.
---@field findingTime? awsjobs.Timestamp The time the result (finding) was discovered.
---@field severity? awsjobs.iot.AuditFindingSeverity The severity of the result (finding).
---@field nonCompliantResource? awsjobs.iot.NonCompliantResource The resource that was found to be noncompliant with the audit check.
---@field relatedResources? awsjobs.iot.RelatedResource[] The list of related resources.
---@field reasonForNonCompliance? string The reason the resource was noncompliant.
---@field reasonForNonComplianceCode? string A code that indicates the reason that the resource was noncompliant.
---@field isSuppressed? boolean Indicates whether the audit finding was suppressed or not during reporting.

---Returned by ListAuditMitigationActionsTask, this object contains information that describes a mitigation action that has been started.
---@class awsjobs.iot.AuditMitigationActionExecutionMetadata
---@field taskId? string The unique identifier for the task that applies the mitigation action.
---@field findingId? string The unique identifier for the findings to which the task and associated mitigation action are applied.
---@field actionName? string The friendly name of the mitigation action being applied by the task.
---@field actionId? string The unique identifier for the mitigation action being applied by the task.
---@field status? awsjobs.iot.AuditMitigationActionsExecutionStatus The current status of the task being executed.
---@field startTime? awsjobs.Timestamp The date and time when the task was started.
---@field endTime? awsjobs.Timestamp The date and time when the task was completed or canceled.
---@field errorCode? string If an error occurred, the code that indicates which type of error occurred.
---@field message? string If an error occurred, a message that describes the error.

---Information about an audit mitigation actions task that is returned by ListAuditMitigationActionsTasks.
---@class awsjobs.iot.AuditMitigationActionsTaskMetadata
---@field taskId? string The unique identifier for the task.
---@field startTime? awsjobs.Timestamp The time at which the audit mitigation actions task was started.
---@field taskStatus? awsjobs.iot.AuditMitigationActionsTaskStatus The current state of the audit mitigation actions task.

---Used in MitigationActionParams, this information identifies the target findings to which the mitigation actions are applied.
---@class awsjobs.iot.AuditMitigationActionsTaskTarget
---@field auditTaskId? string If the task will apply a mitigation action to findings from a specific audit, this value uniquely identifies the audit.
---@field findingIds? string[] If the task will apply a mitigation action to one or more listed findings, this value uniquely identifies those findings.
---@field auditCheckToReasonCodeFilter? table<string, string[]> Specifies a filter in the form of an audit check and set of reason codes that identify the findings from the audit to which the audit mitigation actions...

---Information about the targets to which audit notifications are sent.
---@class awsjobs.iot.AuditNotificationTarget
---@field targetArn? string The ARN of the target (SNS topic) to which audit notifications are sent.
---@field roleArn? string The ARN of the role that grants permission to send notifications to the target.
---@field enabled? boolean True if notifications to the target are enabled.

---Filters out specific findings of a Device Defender audit.
---@class awsjobs.iot.AuditSuppression
---@field checkName string
---@field resourceIdentifier awsjobs.iot.ResourceIdentifier
---@field expirationDate? awsjobs.Timestamp The expiration date (epoch timestamp in seconds) that you want the suppression to adhere to.
---@field suppressIndefinitely? boolean Indicates whether a suppression should exist indefinitely or not.
---@field description? string The description of the audit suppression.

---The audits that were performed.
---@class awsjobs.iot.AuditTaskMetadata
---@field taskId? string The ID of this audit.
---@field taskStatus? awsjobs.iot.AuditTaskStatus The status of this audit.
---@field taskType? awsjobs.iot.AuditTaskType The type of this audit.

---A collection of authorization information.
---@class awsjobs.iot.AuthInfo
---@field actionType? awsjobs.iot.ActionType The type of action for which the principal is being authorized.
---@field resources string[] The resources for which the principal is being authorized to perform the specified action.

---The authorizer result.
---@class awsjobs.iot.AuthResult
---@field authInfo? awsjobs.iot.AuthInfo Authorization information.
---@field allowed? awsjobs.iot.Allowed The policies and statements that allowed the specified action.
---@field denied? awsjobs.iot.Denied The policies and statements that denied the specified action.
---@field authDecision? awsjobs.iot.AuthDecision The final authorization decision of this scenario.
---@field missingContextValues? string[] Contains any missing context values found while evaluating policy.

---An object that specifies the authorization service for a domain.
---@class awsjobs.iot.AuthorizerConfig
---@field defaultAuthorizerName? string The name of the authorization service for a domain configuration.
---@field allowAuthorizerOverride? boolean A Boolean that specifies whether the domain configuration's authorization service can be overridden.

---The authorizer description.
---@class awsjobs.iot.AuthorizerDescription
---@field authorizerName? string The authorizer name.
---@field authorizerArn? string The authorizer ARN.
---@field authorizerFunctionArn? string The authorizer's Lambda function ARN.
---@field tokenKeyName? string The key used to extract the token from the HTTP headers.
---@field tokenSigningPublicKeys? table<string, string> The public keys used to validate the token signature returned by your custom authentication service.
---@field status? awsjobs.iot.AuthorizerStatus The status of the authorizer.
---@field creationDate? awsjobs.Timestamp The UNIX timestamp of when the authorizer was created.
---@field lastModifiedDate? awsjobs.Timestamp The UNIX timestamp of when the authorizer was last updated.
---@field signingDisabled? boolean Specifies whether IoT validates the token signature in an authorization request.
---@field enableCachingForHttp? boolean When true, the result from the authorizer’s Lambda function is cached for the time specified in refreshAfterInSeconds.

---The authorizer summary.
---@class awsjobs.iot.AuthorizerSummary
---@field authorizerName? string The authorizer name.
---@field authorizerArn? string The authorizer ARN.

---The criteria that determine when and how a job abort takes place.
---@class awsjobs.iot.AwsJobAbortConfig
---@field abortCriteriaList awsjobs.iot.AwsJobAbortCriteria[] The list of criteria that determine when and how to abort the job.

---The criteria that determine when and how a job abort takes place.
---@class awsjobs.iot.AwsJobAbortCriteria
---@field failureType awsjobs.iot.AwsJobAbortCriteriaFailureType The type of job execution failures that can initiate a job abort.
---@field action awsjobs.iot.AwsJobAbortCriteriaAbortAction The type of job action to take to initiate the job abort.
---@field thresholdPercentage number The minimum percentage of job execution failures that must occur to initiate the job abort.
---@field minNumberOfExecutedThings integer The minimum number of things which must receive job execution notifications before the job can be aborted.

---Configuration for the rollout of OTA updates.
---@class awsjobs.iot.AwsJobExecutionsRolloutConfig
---@field maximumPerMinute? integer The maximum number of OTA update job executions started per minute.
---@field exponentialRate? awsjobs.iot.AwsJobExponentialRolloutRate The rate of increase for a job rollout.

---The rate of increase for a job rollout.
---@class awsjobs.iot.AwsJobExponentialRolloutRate
---@field baseRatePerMinute integer The minimum number of things that will be notified of a pending job, per minute, at the start of the job rollout.
---@field incrementFactor number The rate of increase for a job rollout.
---@field rateIncreaseCriteria awsjobs.iot.AwsJobRateIncreaseCriteria The criteria to initiate the increase in rate of rollout for a job.

---Configuration information for pre-signed URLs.
---@class awsjobs.iot.AwsJobPresignedUrlConfig
---@field expiresInSec? integer How long (in seconds) pre-signed URLs are valid.

---The criteria to initiate the increase in rate of rollout for a job.
---@class awsjobs.iot.AwsJobRateIncreaseCriteria
---@field numberOfNotifiedThings? integer When this number of things have been notified, it will initiate an increase in the rollout rate.
---@field numberOfSucceededThings? integer When this number of things have succeeded in their job execution, it will initiate an increase in the rollout rate.

---Specifies the amount of time each device has to finish its execution of the job.
---@class awsjobs.iot.AwsJobTimeoutConfig
---@field inProgressTimeoutInMinutes? integer Specifies the amount of time, in minutes, this device has to finish execution of this job.

---Configures the command to treat the payloadTemplate as a JSON document for preprocessing.
---@class awsjobs.iot.AwsJsonSubstitutionCommandPreprocessorConfig
---@field outputFormat awsjobs.iot.OutputFormat Converts the command preprocessor result to the format defined by this parameter, before sending it to the device.

---Configuration settings for batching.
---@class awsjobs.iot.BatchConfig
---@field maxBatchOpenMs? integer The maximum amount of time (in milliseconds) that an outgoing call waits for other calls with which it batches messages of the same type.
---@field maxBatchSize? integer The maximum number of messages that are batched together in a single action execution.
---@field maxBatchSizeBytes? integer Maximum size of a message batch, in bytes.
---@field batchAcrossTopics? boolean Whether to allow batching messages from different MQTT topics into a single HTTP request.

---A Device Defender security profile behavior.
---@class awsjobs.iot.Behavior
---@field name string The name you've given to the behavior.
---@field metric? string What is measured by the behavior.
---@field metricDimension? awsjobs.iot.MetricDimension The dimension for a metric in your behavior.
---@field criteria? awsjobs.iot.BehaviorCriteria The criteria that determine if a device is behaving normally in regard to the metric.
---@field suppressAlerts? boolean Suppresses alerts.
---@field exportMetric? boolean Value indicates exporting metrics related to the behavior when it is true.

---The criteria by which the behavior is determined to be normal.
---@class awsjobs.iot.BehaviorCriteria
---@field comparisonOperator? awsjobs.iot.ComparisonOperator The operator that relates the thing measured (metric) to the criteria (containing a value or statisticalThreshold).
---@field value? awsjobs.iot.MetricValue The value to be compared with the metric.
---@field durationSeconds? integer Use this to specify the time duration over which the behavior is evaluated, for those criteria that have a time dimension (for example, NUM_MESSAGES_SENT).
---@field consecutiveDatapointsToAlarm? integer If a device is in violation of the behavior for the specified number of consecutive datapoints, an alarm occurs.
---@field consecutiveDatapointsToClear? integer If an alarm has occurred and the offending device is no longer in violation of the behavior for the specified number of consecutive datapoints, the alarm is...
---@field statisticalThreshold? awsjobs.iot.StatisticalThreshold A statistical ranking (percentile)that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.
---@field mlDetectionConfig? awsjobs.iot.MachineLearningDetectionConfig The configuration of an ML Detect

---The summary of an ML Detect behavior model.
---@class awsjobs.iot.BehaviorModelTrainingSummary
---@field securityProfileName? string The name of the security profile.
---@field behaviorName? string The name of the behavior.
---@field trainingDataCollectionStartDate? awsjobs.Timestamp The date a training model started collecting data.
---@field modelStatus? awsjobs.iot.ModelStatus The status of the behavior model.
---@field datapointsCollectionPercentage? number The percentage of datapoints collected.
---@field lastModelRefreshDate? awsjobs.Timestamp The date the model was last refreshed.

---Additional information about the billing group.
---@class awsjobs.iot.BillingGroupMetadata
---@field creationDate? awsjobs.Timestamp The date the billing group was created.

---The properties of a billing group.
---@class awsjobs.iot.BillingGroupProperties
---@field billingGroupDescription? string The description of the billing group.

---A count of documents that meets a specific aggregation criteria.
---@class awsjobs.iot.Bucket
---@field keyValue? string The value counted for the particular bucket.
---@field count? integer The number of documents that have the value counted for the particular bucket.

---The type of bucketed aggregation performed.
---@class awsjobs.iot.BucketsAggregationType
---@field termsAggregation? awsjobs.iot.TermsAggregation Performs an aggregation that will return a list of buckets.

---A CA certificate.
---@class awsjobs.iot.CACertificate
---@field certificateArn? string The ARN of the CA certificate.
---@field certificateId? string The ID of the CA certificate.
---@field status? awsjobs.iot.CACertificateStatus The status of the CA certificate.
---@field creationDate? awsjobs.Timestamp The date the CA certificate was created.

---Describes a CA certificate.
---@class awsjobs.iot.CACertificateDescription
---@field certificateArn? string The CA certificate ARN.
---@field certificateId? string The CA certificate ID.
---@field status? awsjobs.iot.CACertificateStatus The status of a CA certificate.
---@field certificatePem? string The CA certificate data, in PEM format.
---@field ownedBy? string The owner of the CA certificate.
---@field creationDate? awsjobs.Timestamp The date the CA certificate was created.
---@field autoRegistrationStatus? awsjobs.iot.AutoRegistrationStatus Whether the CA certificate configured for auto registration of device certificates.
---@field lastModifiedDate? awsjobs.Timestamp The date the CA certificate was last modified.
---@field customerVersion? integer The customer version of the CA certificate.
---@field generationId? string The generation ID of the CA certificate.
---@field validity? awsjobs.iot.CertificateValidity When the CA certificate is valid.
---@field certificateMode? awsjobs.iot.CertificateMode The mode of the CA.

---@class awsjobs.iot.CancelAuditMitigationActionsTaskRequest
---@field taskId string The unique identifier for the task that you want to cancel.

---@class awsjobs.iot.CancelAuditMitigationActionsTaskResponse

---@class awsjobs.iot.CancelAuditTaskRequest
---@field taskId string The ID of the audit you want to cancel.

---@class awsjobs.iot.CancelAuditTaskResponse

---The input for the CancelCertificateTransfer operation.
---@class awsjobs.iot.CancelCertificateTransferRequest
---@field certificateId string The ID of the certificate.

---@class awsjobs.iot.CancelDetectMitigationActionsTaskRequest
---@field taskId string The unique identifier of the task.

---@class awsjobs.iot.CancelDetectMitigationActionsTaskResponse

---@class awsjobs.iot.CancelJobExecutionRequest
---@field jobId string The ID of the job to be canceled.
---@field thingName string The name of the thing whose execution of the job will be canceled.
---@field force? boolean # (Optional) If true the job execution will be canceled if it has status IN_PROGRESS or QUEUED, otherwise the job execution will be canceled only if it has...
---@field expectedVersion? integer # (Optional) The expected current version of the job execution.
---@field statusDetails? table<string, string> A collection of name/value pairs that describe the status of the job execution.

---@class awsjobs.iot.CancelJobRequest
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field reasonCode? string # (Optional)A reason code string that explains why the job was canceled.
---@field comment? string An optional comment string describing why the job was canceled.
---@field force? boolean # (Optional) If true job executions with status "IN_PROGRESS" and "QUEUED" are canceled, otherwise only job executions with status "QUEUED" are canceled.

---@class awsjobs.iot.CancelJobResponse
---@field jobArn? string The job ARN.
---@field jobId? string The unique identifier you assigned to this job when it was created.
---@field description? string A short text description of the job.

---Information about a certificate.
---@class awsjobs.iot.Certificate
---@field certificateArn? string The ARN of the certificate.
---@field certificateId? string The ID of the certificate.
---@field status? awsjobs.iot.CertificateStatus The status of the certificate.
---@field certificateMode? awsjobs.iot.CertificateMode The mode of the certificate.
---@field creationDate? awsjobs.Timestamp The date and time the certificate was created.

---Unable to verify the CA certificate used to sign the device certificate you are attempting to register.
---(The members of `err.data` when `err.code` is CertificateConflictException.)
---@class awsjobs.iot.CertificateConflictException
---@field message? string The message for the exception.

---Describes a certificate.
---@class awsjobs.iot.CertificateDescription
---@field certificateArn? string The ARN of the certificate.
---@field certificateId? string The ID of the certificate.
---@field caCertificateId? string The certificate ID of the CA certificate used to sign this certificate.
---@field status? awsjobs.iot.CertificateStatus The status of the certificate.
---@field certificatePem? string The certificate data, in PEM format.
---@field ownedBy? string The ID of the Amazon Web Services account that owns the certificate.
---@field previousOwnedBy? string The ID of the Amazon Web Services account of the previous owner of the certificate.
---@field creationDate? awsjobs.Timestamp The date and time the certificate was created.
---@field lastModifiedDate? awsjobs.Timestamp The date and time the certificate was last modified.
---@field customerVersion? integer The customer version of the certificate.
---@field transferData? awsjobs.iot.TransferData The transfer data.
---@field generationId? string The generation ID of the certificate.
---@field validity? awsjobs.iot.CertificateValidity When the certificate is valid.
---@field certificateMode? awsjobs.iot.CertificateMode The mode of the certificate.

---The certificate provider summary.
---@class awsjobs.iot.CertificateProviderSummary
---@field certificateProviderName? string The name of the certificate provider.
---@field certificateProviderArn? string The ARN of the certificate provider.

---The certificate operation is not allowed.
---(The members of `err.data` when `err.code` is CertificateStateException.)
---@class awsjobs.iot.CertificateStateException
---@field message? string The message for the exception.

---The certificate is invalid.
---(The members of `err.data` when `err.code` is CertificateValidationException.)
---@class awsjobs.iot.CertificateValidationException
---@field message? string Additional information about the exception.

---When the certificate is valid.
---@class awsjobs.iot.CertificateValidity
---@field notBefore? awsjobs.Timestamp The certificate is not valid before this date.
---@field notAfter? awsjobs.Timestamp The certificate is not valid after this date.

---@class awsjobs.iot.ClearDefaultAuthorizerRequest

---@class awsjobs.iot.ClearDefaultAuthorizerResponse

---An object that speciﬁes the client certificate conﬁguration for a domain.
---@class awsjobs.iot.ClientCertificateConfig
---@field clientCertificateCallbackArn? string The ARN of the Lambda function that IoT invokes after mutual TLS authentication during the connection.

---Describes an action that updates a CloudWatch alarm.
---@class awsjobs.iot.CloudwatchAlarmAction
---@field roleArn string The IAM role that allows access to the CloudWatch alarm.
---@field alarmName string The CloudWatch alarm name.
---@field stateReason string The reason for the alarm change.
---@field stateValue string The value of the alarm state.

---Describes an action that sends data to CloudWatch Logs.
---@class awsjobs.iot.CloudwatchLogsAction
---@field roleArn string The IAM role that allows access to the CloudWatch log.
---@field logGroupName string The CloudWatch log group to which the action sends data.
---@field batchMode? boolean Indicates whether batches of log records will be extracted and uploaded into CloudWatch.

---Describes an action that captures a CloudWatch metric.
---@class awsjobs.iot.CloudwatchMetricAction
---@field roleArn string The IAM role that allows access to the CloudWatch metric.
---@field metricNamespace string The CloudWatch metric namespace name.
---@field metricName string The CloudWatch metric name.
---@field metricValue string The CloudWatch metric value.
---@field metricUnit string The metric unit supported by CloudWatch.
---@field metricTimestamp? string An optional Unix timestamp.

---Describes the method to use when code signing a file.
---@class awsjobs.iot.CodeSigning
---@field awsSignerJobId? string The ID of the AWSSignerJob which was created to sign the file.
---@field startSigningJobParameter? awsjobs.iot.StartSigningJobParameter Describes the code-signing job.
---@field customCodeSigning? awsjobs.iot.CustomCodeSigning A custom method for code signing a file.

---Describes the certificate chain being used when code signing a file.
---@class awsjobs.iot.CodeSigningCertificateChain
---@field certificateName? string The name of the certificate.
---@field inlineDocument? string A base64 encoded binary representation of the code signing certificate chain.

---Describes the signature for a file.
---@class awsjobs.iot.CodeSigningSignature
---@field inlineDocument? string A base64 encoded binary representation of the code signing signature.

---The result value of the command execution.
---@class awsjobs.iot.CommandExecutionResult
---@field S? string An attribute of type String.
---@field B? boolean An attribute of type Boolean.
---@field BIN? string An attribute of type Binary.

---Summary information about a particular command execution.
---@class awsjobs.iot.CommandExecutionSummary
---@field commandArn? string The Amazon Resource Name (ARN) of the command execution.
---@field executionId? string The unique identifier of the command execution.
---@field targetArn? string The Amazon Resource Name (ARN) of the target device for which the command is being executed.
---@field status? awsjobs.iot.CommandExecutionStatus The status of the command executions.
---@field createdAt? awsjobs.Timestamp The date and time at which the command execution was created for the target device.
---@field startedAt? awsjobs.Timestamp The date and time at which the command started executing on the target device.
---@field completedAt? awsjobs.Timestamp The date and time at which the command completed executing on the target device.

---A map of key-value pairs that describe the command.
---@class awsjobs.iot.CommandParameter
---@field name string The name of a specific parameter used in a command and command execution.
---@field type? awsjobs.iot.CommandParameterType The type of the command parameter.
---@field value? awsjobs.iot.CommandParameterValue Parameter value that overrides the default value, if set.
---@field defaultValue? awsjobs.iot.CommandParameterValue The default value used to describe the command.
---@field valueConditions? awsjobs.iot.CommandParameterValueCondition[] The list of conditions that a command parameter value must satisfy to create a command execution.
---@field description? string The description of the command parameter.

---The value of a command parameter used to create a command execution.
---@class awsjobs.iot.CommandParameterValue
---@field S? string An attribute of type String.
---@field B? boolean An attribute of type Boolean.
---@field I? integer An attribute of type Integer (Thirty-Two Bits).
---@field L? integer An attribute of type Long.
---@field D? number An attribute of type Double (Sixty-Four Bits).
---@field BIN? string An attribute of type Binary.
---@field UL? string An attribute of type unsigned long.

---The comparison operand used to compare the defined value against the value supplied in request.
---@class awsjobs.iot.CommandParameterValueComparisonOperand
---@field number? string An operand of number value type, defined as a string.
---@field numbers? string[] A List of operands of numerical value type, defined as strings.
---@field string? string An operand of string value type.
---@field strings? string[] A List of operands of string value type.
---@field numberRange? awsjobs.iot.CommandParameterValueNumberRange An operand of numerical range value type.

---A condition for the command parameter that must be evaluated to true for successful creation of a command execution.
---@class awsjobs.iot.CommandParameterValueCondition
---@field comparisonOperator awsjobs.iot.CommandParameterValueComparisonOperator The comparison operator for the command parameter.
---@field operand awsjobs.iot.CommandParameterValueComparisonOperand The comparison operand for the command parameter.

---The numerical range value type to compare a command parameter value against.
---@class awsjobs.iot.CommandParameterValueNumberRange
---@field min string The minimum value of a numerical range of a command parameter value.
---@field max string The maximum value of a numerical range of a command parameter value.

---The command payload object that contains the instructions for the device to process.
---@class awsjobs.iot.CommandPayload
---@field content? string The static payload file for the command.
---@field contentType? string The content type that specifies the format type of the payload file.

---Configuration that determines how the payloadTemplate is processed by the service to generate the final payload sent to devices at StartCommandExecution API invocation.
---@class awsjobs.iot.CommandPreprocessor
---@field awsJsonSubstitution? awsjobs.iot.AwsJsonSubstitutionCommandPreprocessorConfig Configuration for the JSON substitution preprocessor.

---Summary information about a particular command resource.
---@class awsjobs.iot.CommandSummary
---@field commandArn? string The Amazon Resource Name (ARN) of the command.
---@field commandId? string The unique identifier of the command.
---@field displayName? string The display name of the command.
---@field deprecated? boolean Indicates whether the command has been deprecated.
---@field createdAt? awsjobs.Timestamp The timestamp, when the command was created.
---@field lastUpdatedAt? awsjobs.Timestamp The timestamp, when the command was last updated.
---@field pendingDeletion? boolean Indicates whether the command is pending deletion.

---Configuration.
---@class awsjobs.iot.Configuration
---@field Enabled? boolean True to enable the configuration.

---The encryption configuration details that include the status information of the Key Management Service (KMS) key and the KMS access role.
---@class awsjobs.iot.ConfigurationDetails
---@field configurationStatus? awsjobs.iot.ConfigurationStatus The health status of KMS key and KMS access role.
---@field errorCode? string The error code that indicates either the KMS key or the KMS access role is UNHEALTHY.
---@field errorMessage? string The detailed error message that corresponds to the errorCode.

---@class awsjobs.iot.ConfirmTopicRuleDestinationRequest
---@field confirmationToken string The token used to confirm ownership or access to the topic rule confirmation URL.

---@class awsjobs.iot.ConfirmTopicRuleDestinationResponse

---The request conflicts with the current state of the resource.
---(The members of `err.data` when `err.code` is ConflictException.)
---@class awsjobs.iot.ConflictException
---@field message? string
---@field resourceId? string A resource with the same name already exists.

---A conflicting resource update exception.
---(The members of `err.data` when `err.code` is ConflictingResourceUpdateException.)
---@class awsjobs.iot.ConflictingResourceUpdateException
---@field message? string The message for the exception.

---@class awsjobs.iot.CreateAuditSuppressionRequest
---@field checkName string
---@field resourceIdentifier awsjobs.iot.ResourceIdentifier
---@field expirationDate? awsjobs.Timestamp The epoch timestamp in seconds at which this suppression expires.
---@field suppressIndefinitely? boolean Indicates whether a suppression should exist indefinitely or not.
---@field description? string The description of the audit suppression.
---@field clientRequestToken string Each audit supression must have a unique client request token.

---@class awsjobs.iot.CreateAuditSuppressionResponse

---@class awsjobs.iot.CreateAuthorizerRequest
---@field authorizerName string The authorizer name.
---@field authorizerFunctionArn string The ARN of the authorizer's Lambda function.
---@field tokenKeyName? string The name of the token key used to extract the token from the HTTP headers.
---@field tokenSigningPublicKeys? table<string, string> The public keys used to verify the digital signature returned by your custom authentication service.
---@field status? awsjobs.iot.AuthorizerStatus The status of the create authorizer request.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the custom authorizer.
---@field signingDisabled? boolean Specifies whether IoT validates the token signature in an authorization request.
---@field enableCachingForHttp? boolean When true, the result from the authorizer’s Lambda function is cached for clients that use persistent HTTP connections.

---@class awsjobs.iot.CreateAuthorizerResponse
---@field authorizerName? string The authorizer's name.
---@field authorizerArn? string The authorizer ARN.

---@class awsjobs.iot.CreateBillingGroupRequest
---@field billingGroupName string The name you wish to give to the billing group.
---@field billingGroupProperties? awsjobs.iot.BillingGroupProperties The properties of the billing group.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the billing group.

---@class awsjobs.iot.CreateBillingGroupResponse
---@field billingGroupName? string The name you gave to the billing group.
---@field billingGroupArn? string The ARN of the billing group.
---@field billingGroupId? string The ID of the billing group.

---The input for the CreateCertificateFromCsr operation.
---@class awsjobs.iot.CreateCertificateFromCsrRequest
---@field certificateSigningRequest string The certificate signing request (CSR).
---@field setAsActive? boolean Specifies whether the certificate is active.

---The output from the CreateCertificateFromCsr operation.
---@class awsjobs.iot.CreateCertificateFromCsrResponse
---@field certificateArn? string The Amazon Resource Name (ARN) of the certificate.
---@field certificateId? string The ID of the certificate.
---@field certificatePem? string The certificate data, in PEM format.

---@class awsjobs.iot.CreateCertificateProviderRequest
---@field certificateProviderName string The name of the certificate provider.
---@field lambdaFunctionArn string The ARN of the Lambda function that defines the authentication logic.
---@field accountDefaultForOperations awsjobs.iot.CertificateProviderOperation[] A list of the operations that the certificate provider will use to generate certificates.
---@field clientToken? string A string that you can optionally pass in the CreateCertificateProvider request to make sure the request is idempotent.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the certificate provider.

---@class awsjobs.iot.CreateCertificateProviderResponse
---@field certificateProviderName? string The name of the certificate provider.
---@field certificateProviderArn? string The ARN of the certificate provider.

---@class awsjobs.iot.CreateCommandRequest
---@field commandId string A unique identifier for the command.
---@field namespace? awsjobs.iot.CommandNamespace The namespace of the command.
---@field displayName? string The user-friendly name in the console for the command.
---@field description? string A short text decription of the command.
---@field payload? awsjobs.iot.CommandPayload The payload object for the static command.
---@field payloadTemplate? string The payload template for the dynamic command.
---@field preprocessor? awsjobs.iot.CommandPreprocessor Configuration that determines how payloadTemplate is processed to generate command execution payload.
---@field mandatoryParameters? awsjobs.iot.CommandParameter[] A list of parameters that are used by StartCommandExecution API for execution payload generation.
---@field roleArn? string The IAM role that you must provide when using the AWS-IoT-FleetWise namespace.
---@field tags? awsjobs.iot.Tag[] Name-value pairs that are used as metadata to manage a command.

---@class awsjobs.iot.CreateCommandResponse
---@field commandId? string The unique identifier for the command.
---@field commandArn? string The Amazon Resource Number (ARN) of the command.

---@class awsjobs.iot.CreateCustomMetricRequest
---@field metricName string The name of the custom metric.
---@field displayName? string The friendly name in the console for the custom metric.
---@field metricType awsjobs.iot.CustomMetricType The type of the custom metric.
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the custom metric.
---@field clientRequestToken string Each custom metric must have a unique client request token.

---@class awsjobs.iot.CreateCustomMetricResponse
---@field metricName? string The name of the custom metric to be used in the metric report.
---@field metricArn? string The Amazon Resource Number (ARN) of the custom metric.

---@class awsjobs.iot.CreateDimensionRequest
---@field name string A unique identifier for the dimension.
---@field type awsjobs.iot.DimensionType Specifies the type of dimension.
---@field stringValues string[] Specifies the value or list of values for the dimension.
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the dimension.
---@field clientRequestToken string Each dimension must have a unique client request token.

---@class awsjobs.iot.CreateDimensionResponse
---@field name? string A unique identifier for the dimension.
---@field arn? string The Amazon Resource Name (ARN) of the created dimension.

---@class awsjobs.iot.CreateDomainConfigurationRequest
---@field domainConfigurationName string The name of the domain configuration.
---@field domainName? string The name of the domain.
---@field serverCertificateArns? string[] The ARNs of the certificates that IoT passes to the device during the TLS handshake.
---@field validationCertificateArn? string The certificate used to validate the server certificate and prove domain name ownership.
---@field authorizerConfig? awsjobs.iot.AuthorizerConfig An object that specifies the authorization service for a domain.
---@field serviceType? awsjobs.iot.ServiceType The type of service delivered by the endpoint.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the domain configuration.
---@field tlsConfig? awsjobs.iot.TlsConfig An object that specifies the TLS configuration for a domain.
---@field serverCertificateConfig? awsjobs.iot.ServerCertificateConfig The server certificate configuration.
---@field authenticationType? awsjobs.iot.AuthenticationType An enumerated string that speciﬁes the authentication type.
---@field applicationProtocol? awsjobs.iot.ApplicationProtocol An enumerated string that speciﬁes the application-layer protocol.
---@field clientCertificateConfig? awsjobs.iot.ClientCertificateConfig An object that speciﬁes the client certificate conﬁguration for a domain.

---@class awsjobs.iot.CreateDomainConfigurationResponse
---@field domainConfigurationName? string The name of the domain configuration.
---@field domainConfigurationArn? string The ARN of the domain configuration.

---@class awsjobs.iot.CreateDynamicThingGroupRequest
---@field thingGroupName string The dynamic thing group name to create.
---@field thingGroupProperties? awsjobs.iot.ThingGroupProperties The dynamic thing group properties.
---@field indexName? string The dynamic thing group index name.
---@field queryString string The dynamic thing group search query string.
---@field queryVersion? string The dynamic thing group query version.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the dynamic thing group.

---@class awsjobs.iot.CreateDynamicThingGroupResponse
---@field thingGroupName? string The dynamic thing group name.
---@field thingGroupArn? string The dynamic thing group ARN.
---@field thingGroupId? string The dynamic thing group ID.
---@field indexName? string The dynamic thing group index name.
---@field queryString? string The dynamic thing group search query string.
---@field queryVersion? string The dynamic thing group query version.

---@class awsjobs.iot.CreateFleetMetricRequest
---@field metricName string The name of the fleet metric to create.
---@field queryString string The search query string.
---@field aggregationType awsjobs.iot.AggregationType The type of the aggregation query.
---@field period integer The time in seconds between fleet metric emissions.
---@field aggregationField string The field to aggregate.
---@field description? string The fleet metric description.
---@field queryVersion? string The query version.
---@field indexName? string The name of the index to search.
---@field unit? awsjobs.iot.FleetMetricUnit Used to support unit transformation such as milliseconds to seconds.
---@field tags? awsjobs.iot.Tag[] Metadata, which can be used to manage the fleet metric.

---@class awsjobs.iot.CreateFleetMetricResponse
---@field metricName? string The name of the fleet metric to create.
---@field metricArn? string The Amazon Resource Name (ARN) of the new fleet metric.

---@class awsjobs.iot.CreateJobRequest
---@field jobId string A job identifier which must be unique for your account.
---@field targets string[] A list of things and thing groups to which the job should be sent.
---@field documentSource? string An S3 link, or S3 object URL, to the job document.
---@field document? string The job document.
---@field description? string A short text description of the job.
---@field presignedUrlConfig? awsjobs.iot.PresignedUrlConfig Configuration information for pre-signed S3 URLs.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the job (SNAPSHOT).
---@field jobExecutionsRolloutConfig? awsjobs.iot.JobExecutionsRolloutConfig Allows you to create a staged rollout of the job.
---@field abortConfig? awsjobs.iot.AbortConfig Allows you to create the criteria to abort a job.
---@field timeoutConfig? awsjobs.iot.TimeoutConfig Specifies the amount of time each device has to finish its execution of the job.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the job.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.
---@field jobTemplateArn? string The ARN of the job template used to create the job.
---@field jobExecutionsRetryConfig? awsjobs.iot.JobExecutionsRetryConfig Allows you to create the criteria to retry a job.
---@field documentParameters? table<string, string> Parameters of an Amazon Web Services managed template that you can specify to create the job document.
---@field schedulingConfig? awsjobs.iot.SchedulingConfig The configuration that allows you to schedule a job for a future date and time in addition to specifying the end behavior for each job execution.
---@field destinationPackageVersions? string[] The package version Amazon Resource Names (ARNs) that are installed on the device when the job successfully completes.

---@class awsjobs.iot.CreateJobResponse
---@field jobArn? string The job ARN.
---@field jobId? string The unique identifier you assigned to this job.
---@field description? string The job description.

---@class awsjobs.iot.CreateJobTemplateRequest
---@field jobTemplateId string A unique identifier for the job template.
---@field jobArn? string The ARN of the job to use as the basis for the job template.
---@field documentSource? string An S3 link, or S3 object URL, to the job document.
---@field document? string The job document.
---@field description string A description of the job document.
---@field presignedUrlConfig? awsjobs.iot.PresignedUrlConfig
---@field jobExecutionsRolloutConfig? awsjobs.iot.JobExecutionsRolloutConfig
---@field abortConfig? awsjobs.iot.AbortConfig
---@field timeoutConfig? awsjobs.iot.TimeoutConfig
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the job template.
---@field jobExecutionsRetryConfig? awsjobs.iot.JobExecutionsRetryConfig Allows you to create the criteria to retry a job.
---@field maintenanceWindows? awsjobs.iot.MaintenanceWindow[] Allows you to configure an optional maintenance window for the rollout of a job document to all devices in the target group for a job.
---@field destinationPackageVersions? string[] The package version Amazon Resource Names (ARNs) that are installed on the device when the job successfully completes.

---@class awsjobs.iot.CreateJobTemplateResponse
---@field jobTemplateArn? string The ARN of the job template.
---@field jobTemplateId? string The unique identifier of the job template.

---The input for the CreateKeysAndCertificate operation.
---@class awsjobs.iot.CreateKeysAndCertificateRequest
---@field setAsActive? boolean Specifies whether the certificate is active.

---The output of the CreateKeysAndCertificate operation.
---@class awsjobs.iot.CreateKeysAndCertificateResponse
---@field certificateArn? string The ARN of the certificate.
---@field certificateId? string The ID of the certificate.
---@field certificatePem? string The certificate data, in PEM format.
---@field keyPair? awsjobs.iot.KeyPair The generated key pair.

---@class awsjobs.iot.CreateMitigationActionRequest
---@field actionName string A friendly name for the action.
---@field roleArn string The ARN of the IAM role that is used to apply the mitigation action.
---@field actionParams awsjobs.iot.MitigationActionParams Defines the type of action and the parameters for that action.
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the mitigation action.

---@class awsjobs.iot.CreateMitigationActionResponse
---@field actionArn? string The ARN for the new mitigation action.
---@field actionId? string A unique identifier for the new mitigation action.

---@class awsjobs.iot.CreateOTAUpdateRequest
---@field otaUpdateId string The ID of the OTA update to be created.
---@field description? string The description of the OTA update.
---@field targets string[] The devices targeted to receive OTA updates.
---@field protocols? awsjobs.iot.Protocol[] The protocol used to transfer the OTA update image.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the update will continue to run (CONTINUOUS), or will be complete after all the things specified as targets have completed the update...
---@field awsJobExecutionsRolloutConfig? awsjobs.iot.AwsJobExecutionsRolloutConfig Configuration for the rollout of OTA updates.
---@field awsJobPresignedUrlConfig? awsjobs.iot.AwsJobPresignedUrlConfig Configuration information for pre-signed URLs.
---@field awsJobAbortConfig? awsjobs.iot.AwsJobAbortConfig The criteria that determine when and how a job abort takes place.
---@field awsJobTimeoutConfig? awsjobs.iot.AwsJobTimeoutConfig Specifies the amount of time each device has to finish its execution of the job.
---@field files awsjobs.iot.OTAUpdateFile[] The files to be streamed by the OTA update.
---@field roleArn string The IAM role that grants Amazon Web Services IoT Core access to the Amazon S3, IoT jobs and Amazon Web Services Code Signing resources to create an OTA...
---@field additionalParameters? table<string, string> A list of additional OTA update parameters, which are name-value pairs.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage updates.

---@class awsjobs.iot.CreateOTAUpdateResponse
---@field otaUpdateId? string The OTA update ID.
---@field awsIotJobId? string The IoT job ID associated with the OTA update.
---@field otaUpdateArn? string The OTA update ARN.
---@field awsIotJobArn? string The IoT job ARN associated with the OTA update.
---@field otaUpdateStatus? awsjobs.iot.OTAUpdateStatus The OTA update status.

---@class awsjobs.iot.CreatePackageRequest
---@field packageName string The name of the new software package.
---@field description? string A summary of the package being created.
---@field tags? table<string, string> Metadata that can be used to manage the package.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.CreatePackageResponse
---@field packageName? string The name of the software package.
---@field packageArn? string The Amazon Resource Name (ARN) for the package.
---@field description? string The package description.

---@class awsjobs.iot.CreatePackageVersionRequest
---@field packageName string The name of the associated software package.
---@field versionName string The name of the new package version.
---@field description? string A summary of the package version being created.
---@field attributes? table<string, string> Metadata that can be used to define a package version’s configuration.
---@field artifact? awsjobs.iot.PackageVersionArtifact The various build components created during the build process such as libraries and configuration files that make up a software package version.
---@field recipe? string The inline job document associated with a software package version used for a quick job deployment.
---@field tags? table<string, string> Metadata that can be used to manage the package version.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.CreatePackageVersionResponse
---@field packageVersionArn? string The Amazon Resource Name (ARN) for the package.
---@field packageName? string The name of the associated software package.
---@field versionName? string The name of the new package version.
---@field description? string The package version description.
---@field attributes? table<string, string> Metadata that were added to the package version that can be used to define a package version’s configuration.
---@field status? awsjobs.iot.PackageVersionStatus The status of the package version.
---@field errorReason? string Error reason for a package version failure during creation or update.

---The input for the CreatePolicy operation.
---@class awsjobs.iot.CreatePolicyRequest
---@field policyName string The policy name.
---@field policyDocument string The JSON document that describes the policy. policyDocument must have a minimum length of 1, with a maximum length of 2048, excluding whitespace.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the policy.

---The output from the CreatePolicy operation.
---@class awsjobs.iot.CreatePolicyResponse
---@field policyName? string The policy name.
---@field policyArn? string The policy ARN.
---@field policyDocument? string The JSON document that describes the policy.
---@field policyVersionId? string The policy version ID.

---The input for the CreatePolicyVersion operation.
---@class awsjobs.iot.CreatePolicyVersionRequest
---@field policyName string The policy name.
---@field policyDocument string The JSON document that describes the policy.
---@field setAsDefault? boolean Specifies whether the policy version is set as the default.

---The output of the CreatePolicyVersion operation.
---@class awsjobs.iot.CreatePolicyVersionResponse
---@field policyArn? string The policy ARN.
---@field policyDocument? string The JSON document that describes the policy.
---@field policyVersionId? string The policy version ID.
---@field isDefaultVersion? boolean Specifies whether the policy version is the default.

---@class awsjobs.iot.CreateProvisioningClaimRequest
---@field templateName string The name of the provisioning template to use.

---@class awsjobs.iot.CreateProvisioningClaimResponse
---@field certificateId? string The ID of the certificate.
---@field certificatePem? string The provisioning claim certificate.
---@field keyPair? awsjobs.iot.KeyPair The provisioning claim key pair.
---@field expiration? awsjobs.Timestamp The provisioning claim expiration time.

---@class awsjobs.iot.CreateProvisioningTemplateRequest
---@field templateName string The name of the provisioning template.
---@field description? string The description of the provisioning template.
---@field templateBody string The JSON formatted contents of the provisioning template.
---@field enabled? boolean True to enable the provisioning template, otherwise false.
---@field provisioningRoleArn string The role ARN for the role associated with the provisioning template.
---@field preProvisioningHook? awsjobs.iot.ProvisioningHook Creates a pre-provisioning hook template.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the provisioning template.
---@field type? awsjobs.iot.TemplateType The type you define in a provisioning template.

---@class awsjobs.iot.CreateProvisioningTemplateResponse
---@field templateArn? string The ARN that identifies the provisioning template.
---@field templateName? string The name of the provisioning template.
---@field defaultVersionId? integer The default version of the provisioning template.

---@class awsjobs.iot.CreateProvisioningTemplateVersionRequest
---@field templateName string The name of the provisioning template.
---@field templateBody string The JSON formatted contents of the provisioning template.
---@field setAsDefault? boolean Sets a fleet provision template version as the default version.

---@class awsjobs.iot.CreateProvisioningTemplateVersionResponse
---@field templateArn? string The ARN that identifies the provisioning template.
---@field templateName? string The name of the provisioning template.
---@field versionId? integer The version of the provisioning template.
---@field isDefaultVersion? boolean True if the provisioning template version is the default version, otherwise false.

---@class awsjobs.iot.CreateRoleAliasRequest
---@field roleAlias string The role alias that points to a role ARN.
---@field roleArn string The role ARN.
---@field credentialDurationSeconds? integer How long (in seconds) the credentials will be valid.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the role alias.

---@class awsjobs.iot.CreateRoleAliasResponse
---@field roleAlias? string The role alias.
---@field roleAliasArn? string The role alias ARN.

---@class awsjobs.iot.CreateScheduledAuditRequest
---@field frequency awsjobs.iot.AuditFrequency How often the scheduled audit takes place, either DAILY, WEEKLY, BIWEEKLY or MONTHLY.
---@field dayOfMonth? string The day of the month on which the scheduled audit takes place.
---@field dayOfWeek? awsjobs.iot.DayOfWeek The day of the week on which the scheduled audit takes place, either SUN, MON, TUE, WED, THU, FRI, or SAT.
---@field targetCheckNames string[] Which checks are performed during the scheduled audit.
---@field scheduledAuditName string The name you want to give to the scheduled audit.
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the scheduled audit.

---@class awsjobs.iot.CreateScheduledAuditResponse
---@field scheduledAuditArn? string The ARN of the scheduled audit.

---@class awsjobs.iot.CreateSecurityProfileRequest
---@field securityProfileName string The name you are giving to the security profile.
---@field securityProfileDescription? string A description of the security profile.
---@field behaviors? awsjobs.iot.Behavior[] Specifies the behaviors that, when violated by a device (thing), cause an alert.
---@field alertTargets? table<awsjobs.iot.AlertTargetType, awsjobs.iot.AlertTarget> Specifies the destinations to which alerts are sent.
---@field additionalMetricsToRetain? string[] Please use CreateSecurityProfileRequest$additionalMetricsToRetainV2 instead.
---@field additionalMetricsToRetainV2? awsjobs.iot.MetricToRetain[] A list of metrics whose data is retained (stored).
---@field tags? awsjobs.iot.Tag[] Metadata that can be used to manage the security profile.
---@field metricsExportConfig? awsjobs.iot.MetricsExportConfig Specifies the MQTT topic and role ARN required for metric export.

---@class awsjobs.iot.CreateSecurityProfileResponse
---@field securityProfileName? string The name you gave to the security profile.
---@field securityProfileArn? string The ARN of the security profile.

---@class awsjobs.iot.CreateStreamRequest
---@field streamId string The stream ID.
---@field description? string A description of the stream.
---@field files awsjobs.iot.StreamFile[] The files to stream.
---@field roleArn string An IAM role that allows the IoT service principal to access your S3 files.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage streams.

---@class awsjobs.iot.CreateStreamResponse
---@field streamId? string The stream ID.
---@field streamArn? string The stream ARN.
---@field description? string A description of the stream.
---@field streamVersion? integer The version of the stream.

---@class awsjobs.iot.CreateThingGroupRequest
---@field thingGroupName string The thing group name to create.
---@field parentGroupName? string The name of the parent thing group.
---@field thingGroupProperties? awsjobs.iot.ThingGroupProperties The thing group properties.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the thing group.

---@class awsjobs.iot.CreateThingGroupResponse
---@field thingGroupName? string The thing group name.
---@field thingGroupArn? string The thing group ARN.
---@field thingGroupId? string The thing group ID.

---The input for the CreateThing operation.
---@class awsjobs.iot.CreateThingRequest
---@field thingName string The name of the thing to create.
---@field thingTypeName? string The name of the thing type associated with the new thing.
---@field attributePayload? awsjobs.iot.AttributePayload The attribute payload, which consists of up to three name/value pairs in a JSON document.
---@field billingGroupName? string The name of the billing group the thing will be added to.

---The output of the CreateThing operation.
---@class awsjobs.iot.CreateThingResponse
---@field thingName? string The name of the new thing.
---@field thingArn? string The ARN of the new thing.
---@field thingId? string The thing ID.

---The input for the CreateThingType operation.
---@class awsjobs.iot.CreateThingTypeRequest
---@field thingTypeName string The name of the thing type.
---@field thingTypeProperties? awsjobs.iot.ThingTypeProperties The ThingTypeProperties for the thing type to create.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the thing type.

---The output of the CreateThingType operation.
---@class awsjobs.iot.CreateThingTypeResponse
---@field thingTypeName? string The name of the thing type.
---@field thingTypeArn? string The Amazon Resource Name (ARN) of the thing type.
---@field thingTypeId? string The thing type ID.

---@class awsjobs.iot.CreateTopicRuleDestinationRequest
---@field destinationConfiguration awsjobs.iot.TopicRuleDestinationConfiguration The topic rule destination configuration.

---@class awsjobs.iot.CreateTopicRuleDestinationResponse
---@field topicRuleDestination? awsjobs.iot.TopicRuleDestination The topic rule destination.

---The input for the CreateTopicRule operation.
---@class awsjobs.iot.CreateTopicRuleRequest
---@field ruleName string The name of the rule.
---@field topicRulePayload awsjobs.iot.TopicRulePayload The rule payload.
---@field tags? string Metadata which can be used to manage the topic rule.

---Describes a custom method used to code sign a file.
---@class awsjobs.iot.CustomCodeSigning
---@field signature? awsjobs.iot.CodeSigningSignature The signature for the file.
---@field certificateChain? awsjobs.iot.CodeSigningCertificateChain The certificate chain.
---@field hashAlgorithm? string The hash algorithm used to code sign the file.
---@field signatureAlgorithm? string The signature algorithm used to code sign the file.

---@class awsjobs.iot.DeleteAccountAuditConfigurationRequest
---@field deleteScheduledAudits? boolean If true, all scheduled audits are deleted.

---@class awsjobs.iot.DeleteAccountAuditConfigurationResponse

---@class awsjobs.iot.DeleteAuditSuppressionRequest
---@field checkName string
---@field resourceIdentifier awsjobs.iot.ResourceIdentifier

---@class awsjobs.iot.DeleteAuditSuppressionResponse

---@class awsjobs.iot.DeleteAuthorizerRequest
---@field authorizerName string The name of the authorizer to delete.

---@class awsjobs.iot.DeleteAuthorizerResponse

---@class awsjobs.iot.DeleteBillingGroupRequest
---@field billingGroupName string The name of the billing group.
---@field expectedVersion? integer The expected version of the billing group.

---@class awsjobs.iot.DeleteBillingGroupResponse

---Input for the DeleteCACertificate operation.
---@class awsjobs.iot.DeleteCACertificateRequest
---@field certificateId string The ID of the certificate to delete.

---The output for the DeleteCACertificate operation.
---@class awsjobs.iot.DeleteCACertificateResponse

---@class awsjobs.iot.DeleteCertificateProviderRequest
---@field certificateProviderName string The name of the certificate provider.

---@class awsjobs.iot.DeleteCertificateProviderResponse

---The input for the DeleteCertificate operation.
---@class awsjobs.iot.DeleteCertificateRequest
---@field certificateId string The ID of the certificate.
---@field forceDelete? boolean Forces the deletion of a certificate if it is inactive and is not attached to an IoT thing.

---@class awsjobs.iot.DeleteCommandExecutionRequest
---@field executionId string The unique identifier of the command execution that you want to delete from your account.
---@field targetArn string The Amazon Resource Number (ARN) of the target device for which you want to delete command executions.

---@class awsjobs.iot.DeleteCommandExecutionResponse

---@class awsjobs.iot.DeleteCommandRequest
---@field commandId string The unique identifier of the command to be deleted.

---@class awsjobs.iot.DeleteCommandResponse
---@field statusCode? integer The status code for the command deletion request.

---You can't delete the resource because it is attached to one or more resources.
---(The members of `err.data` when `err.code` is DeleteConflictException.)
---@class awsjobs.iot.DeleteConflictException
---@field message? string The message for the exception.

---@class awsjobs.iot.DeleteCustomMetricRequest
---@field metricName string The name of the custom metric.

---@class awsjobs.iot.DeleteCustomMetricResponse

---@class awsjobs.iot.DeleteDimensionRequest
---@field name string The unique identifier for the dimension that you want to delete.

---@class awsjobs.iot.DeleteDimensionResponse

---@class awsjobs.iot.DeleteDomainConfigurationRequest
---@field domainConfigurationName string The name of the domain configuration to be deleted.

---@class awsjobs.iot.DeleteDomainConfigurationResponse

---@class awsjobs.iot.DeleteDynamicThingGroupRequest
---@field thingGroupName string The name of the dynamic thing group to delete.
---@field expectedVersion? integer The expected version of the dynamic thing group to delete.

---@class awsjobs.iot.DeleteDynamicThingGroupResponse

---@class awsjobs.iot.DeleteFleetMetricRequest
---@field metricName string The name of the fleet metric to delete.
---@field expectedVersion? integer The expected version of the fleet metric to delete.

---@class awsjobs.iot.DeleteJobExecutionRequest
---@field jobId string The ID of the job whose execution on a particular device will be deleted.
---@field thingName string The name of the thing whose job execution will be deleted.
---@field executionNumber integer The ID of the job execution to be deleted.
---@field force? boolean # (Optional) When true, you can delete a job execution which is "IN_PROGRESS".
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.

---@class awsjobs.iot.DeleteJobRequest
---@field jobId string The ID of the job to be deleted.
---@field force? boolean # (Optional) When true, you can delete a job which is "IN_PROGRESS".
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.

---@class awsjobs.iot.DeleteJobTemplateRequest
---@field jobTemplateId string The unique identifier of the job template to delete.

---@class awsjobs.iot.DeleteMitigationActionRequest
---@field actionName string The name of the mitigation action that you want to delete.

---@class awsjobs.iot.DeleteMitigationActionResponse

---@class awsjobs.iot.DeleteOTAUpdateRequest
---@field otaUpdateId string The ID of the OTA update to delete.
---@field deleteStream? boolean When true, the stream created by the OTAUpdate process is deleted when the OTA update is deleted.
---@field forceDeleteAWSJob? boolean When true, deletes the IoT job created by the OTAUpdate process even if it is "IN_PROGRESS".

---@class awsjobs.iot.DeleteOTAUpdateResponse

---@class awsjobs.iot.DeletePackageRequest
---@field packageName string The name of the target software package.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.DeletePackageResponse

---@class awsjobs.iot.DeletePackageVersionRequest
---@field packageName string The name of the associated software package.
---@field versionName string The name of the target package version.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.DeletePackageVersionResponse

---The input for the DeletePolicy operation.
---@class awsjobs.iot.DeletePolicyRequest
---@field policyName string The name of the policy to delete.

---The input for the DeletePolicyVersion operation.
---@class awsjobs.iot.DeletePolicyVersionRequest
---@field policyName string The name of the policy.
---@field policyVersionId string The policy version ID.

---@class awsjobs.iot.DeleteProvisioningTemplateRequest
---@field templateName string The name of the fleet provision template to delete.

---@class awsjobs.iot.DeleteProvisioningTemplateResponse

---@class awsjobs.iot.DeleteProvisioningTemplateVersionRequest
---@field templateName string The name of the provisioning template version to delete.
---@field versionId integer The provisioning template version ID to delete.

---@class awsjobs.iot.DeleteProvisioningTemplateVersionResponse

---The input for the DeleteRegistrationCode operation.
---@class awsjobs.iot.DeleteRegistrationCodeRequest

---The output for the DeleteRegistrationCode operation.
---@class awsjobs.iot.DeleteRegistrationCodeResponse

---@class awsjobs.iot.DeleteRoleAliasRequest
---@field roleAlias string The role alias to delete.

---@class awsjobs.iot.DeleteRoleAliasResponse

---@class awsjobs.iot.DeleteScheduledAuditRequest
---@field scheduledAuditName string The name of the scheduled audit you want to delete.

---@class awsjobs.iot.DeleteScheduledAuditResponse

---@class awsjobs.iot.DeleteSecurityProfileRequest
---@field securityProfileName string The name of the security profile to be deleted.
---@field expectedVersion? integer The expected version of the security profile.

---@class awsjobs.iot.DeleteSecurityProfileResponse

---@class awsjobs.iot.DeleteStreamRequest
---@field streamId string The stream ID.

---@class awsjobs.iot.DeleteStreamResponse

---@class awsjobs.iot.DeleteThingGroupRequest
---@field thingGroupName string The name of the thing group to delete.
---@field expectedVersion? integer The expected version of the thing group to delete.

---@class awsjobs.iot.DeleteThingGroupResponse

---The input for the DeleteThing operation.
---@class awsjobs.iot.DeleteThingRequest
---@field thingName string The name of the thing to delete.
---@field expectedVersion? integer The expected version of the thing record in the registry.

---The output of the DeleteThing operation.
---@class awsjobs.iot.DeleteThingResponse

---The input for the DeleteThingType operation.
---@class awsjobs.iot.DeleteThingTypeRequest
---@field thingTypeName string The name of the thing type.

---The output for the DeleteThingType operation.
---@class awsjobs.iot.DeleteThingTypeResponse

---@class awsjobs.iot.DeleteTopicRuleDestinationRequest
---@field arn string The ARN of the topic rule destination to delete.

---@class awsjobs.iot.DeleteTopicRuleDestinationResponse

---The input for the DeleteTopicRule operation.
---@class awsjobs.iot.DeleteTopicRuleRequest
---@field ruleName string The name of the rule.

---@class awsjobs.iot.DeleteV2LoggingLevelRequest
---@field targetType awsjobs.iot.LogTargetType The type of resource for which you are configuring logging.
---@field targetName string The name of the resource for which you are configuring logging.

---Contains information that denied the authorization.
---@class awsjobs.iot.Denied
---@field implicitDeny? awsjobs.iot.ImplicitDeny Information that implicitly denies the authorization.
---@field explicitDeny? awsjobs.iot.ExplicitDeny Information that explicitly denies the authorization.

---The input for the DeprecateThingType operation.
---@class awsjobs.iot.DeprecateThingTypeRequest
---@field thingTypeName string The name of the thing type to deprecate.
---@field undoDeprecate? boolean Whether to undeprecate a deprecated thing type.

---The output for the DeprecateThingType operation.
---@class awsjobs.iot.DeprecateThingTypeResponse

---@class awsjobs.iot.DescribeAccountAuditConfigurationRequest

---@class awsjobs.iot.DescribeAccountAuditConfigurationResponse
---@field roleArn? string The ARN of the role that grants permission to IoT to access information about your devices, policies, certificates, and other items as required when...
---@field auditNotificationTargetConfigurations? table<awsjobs.iot.AuditNotificationType, awsjobs.iot.AuditNotificationTarget> Information about the targets to which audit notifications are sent for this account.
---@field auditCheckConfigurations? table<string, awsjobs.iot.AuditCheckConfiguration> Which audit checks are enabled and disabled for this account.

---@class awsjobs.iot.DescribeAuditFindingRequest
---@field findingId string A unique identifier for a single audit finding.

---@class awsjobs.iot.DescribeAuditFindingResponse
---@field finding? awsjobs.iot.AuditFinding

---@class awsjobs.iot.DescribeAuditMitigationActionsTaskRequest
---@field taskId string The unique identifier for the audit mitigation task.

---@class awsjobs.iot.DescribeAuditMitigationActionsTaskResponse
---@field taskStatus? awsjobs.iot.AuditMitigationActionsTaskStatus The current status of the task.
---@field startTime? awsjobs.Timestamp The date and time when the task was started.
---@field endTime? awsjobs.Timestamp The date and time when the task was completed or canceled.
---@field taskStatistics? table<string, awsjobs.iot.TaskStatisticsForAuditCheck> Aggregate counts of the results when the mitigation tasks were applied to the findings for this audit mitigation actions task.
---@field target? awsjobs.iot.AuditMitigationActionsTaskTarget Identifies the findings to which the mitigation actions are applied.
---@field auditCheckToActionsMapping? table<string, string[]> Specifies the mitigation actions that should be applied to specific audit checks.
---@field actionsDefinition? awsjobs.iot.MitigationAction[] Specifies the mitigation actions and their parameters that are applied as part of this task.

---@class awsjobs.iot.DescribeAuditSuppressionRequest
---@field checkName string
---@field resourceIdentifier awsjobs.iot.ResourceIdentifier

---@class awsjobs.iot.DescribeAuditSuppressionResponse
---@field checkName? string
---@field resourceIdentifier? awsjobs.iot.ResourceIdentifier
---@field expirationDate? awsjobs.Timestamp The epoch timestamp in seconds at which this suppression expires.
---@field suppressIndefinitely? boolean Indicates whether a suppression should exist indefinitely or not.
---@field description? string The description of the audit suppression.

---@class awsjobs.iot.DescribeAuditTaskRequest
---@field taskId string The ID of the audit whose information you want to get.

---@class awsjobs.iot.DescribeAuditTaskResponse
---@field taskStatus? awsjobs.iot.AuditTaskStatus The status of the audit: one of "IN_PROGRESS", "COMPLETED", "FAILED", or "CANCELED".
---@field taskType? awsjobs.iot.AuditTaskType The type of audit: "ON_DEMAND_AUDIT_TASK" or "SCHEDULED_AUDIT_TASK".
---@field taskStartTime? awsjobs.Timestamp The time the audit started.
---@field taskStatistics? awsjobs.iot.TaskStatistics Statistical information about the audit.
---@field scheduledAuditName? string The name of the scheduled audit (only if the audit was a scheduled audit).
---@field auditDetails? table<string, awsjobs.iot.AuditCheckDetails> Detailed information about each check performed during this audit.

---@class awsjobs.iot.DescribeAuthorizerRequest
---@field authorizerName string The name of the authorizer to describe.

---@class awsjobs.iot.DescribeAuthorizerResponse
---@field authorizerDescription? awsjobs.iot.AuthorizerDescription The authorizer description.

---@class awsjobs.iot.DescribeBillingGroupRequest
---@field billingGroupName string The name of the billing group.

---@class awsjobs.iot.DescribeBillingGroupResponse
---@field billingGroupName? string The name of the billing group.
---@field billingGroupId? string The ID of the billing group.
---@field billingGroupArn? string The ARN of the billing group.
---@field version? integer The version of the billing group.
---@field billingGroupProperties? awsjobs.iot.BillingGroupProperties The properties of the billing group.
---@field billingGroupMetadata? awsjobs.iot.BillingGroupMetadata Additional information about the billing group.

---The input for the DescribeCACertificate operation.
---@class awsjobs.iot.DescribeCACertificateRequest
---@field certificateId string The CA certificate identifier.

---The output from the DescribeCACertificate operation.
---@class awsjobs.iot.DescribeCACertificateResponse
---@field certificateDescription? awsjobs.iot.CACertificateDescription The CA certificate description.
---@field registrationConfig? awsjobs.iot.RegistrationConfig Information about the registration configuration.

---@class awsjobs.iot.DescribeCertificateProviderRequest
---@field certificateProviderName string The name of the certificate provider.

---@class awsjobs.iot.DescribeCertificateProviderResponse
---@field certificateProviderName? string The name of the certificate provider.
---@field certificateProviderArn? string The ARN of the certificate provider.
---@field lambdaFunctionArn? string The Lambda function ARN that's associated with the certificate provider.
---@field accountDefaultForOperations? awsjobs.iot.CertificateProviderOperation[] A list of the operations that the certificate provider will use to generate certificates.
---@field creationDate? awsjobs.Timestamp The date-time string that indicates when the certificate provider was created.
---@field lastModifiedDate? awsjobs.Timestamp The date-time string that indicates when the certificate provider was last updated.

---The input for the DescribeCertificate operation.
---@class awsjobs.iot.DescribeCertificateRequest
---@field certificateId string The ID of the certificate.

---The output of the DescribeCertificate operation.
---@class awsjobs.iot.DescribeCertificateResponse
---@field certificateDescription? awsjobs.iot.CertificateDescription The description of the certificate.

---@class awsjobs.iot.DescribeCustomMetricRequest
---@field metricName string The name of the custom metric.

---@class awsjobs.iot.DescribeCustomMetricResponse
---@field metricName? string The name of the custom metric.
---@field metricArn? string The Amazon Resource Number (ARN) of the custom metric.
---@field metricType? awsjobs.iot.CustomMetricType The type of the custom metric.
---@field displayName? string Field represents a friendly name in the console for the custom metric; doesn't have to be unique.
---@field creationDate? awsjobs.Timestamp The creation date of the custom metric in milliseconds since epoch.
---@field lastModifiedDate? awsjobs.Timestamp The time the custom metric was last modified in milliseconds since epoch.

---@class awsjobs.iot.DescribeDefaultAuthorizerRequest

---@class awsjobs.iot.DescribeDefaultAuthorizerResponse
---@field authorizerDescription? awsjobs.iot.AuthorizerDescription The default authorizer's description.

---@class awsjobs.iot.DescribeDetectMitigationActionsTaskRequest
---@field taskId string The unique identifier of the task.

---@class awsjobs.iot.DescribeDetectMitigationActionsTaskResponse
---@field taskSummary? awsjobs.iot.DetectMitigationActionsTaskSummary The description of a task.

---@class awsjobs.iot.DescribeDimensionRequest
---@field name string The unique identifier for the dimension.

---@class awsjobs.iot.DescribeDimensionResponse
---@field name? string The unique identifier for the dimension.
---@field arn? string The Amazon Resource Name (ARN) for the dimension.
---@field type? awsjobs.iot.DimensionType The type of the dimension.
---@field stringValues? string[] The value or list of values used to scope the dimension.
---@field creationDate? awsjobs.Timestamp The date the dimension was created.
---@field lastModifiedDate? awsjobs.Timestamp The date the dimension was last modified.

---@class awsjobs.iot.DescribeDomainConfigurationRequest
---@field domainConfigurationName string The name of the domain configuration.

---@class awsjobs.iot.DescribeDomainConfigurationResponse
---@field domainConfigurationName? string The name of the domain configuration.
---@field domainConfigurationArn? string The ARN of the domain configuration.
---@field domainName? string The name of the domain.
---@field serverCertificates? awsjobs.iot.ServerCertificateSummary[] A list containing summary information about the server certificate included in the domain configuration.
---@field authorizerConfig? awsjobs.iot.AuthorizerConfig An object that specifies the authorization service for a domain.
---@field domainConfigurationStatus? awsjobs.iot.DomainConfigurationStatus A Boolean value that specifies the current state of the domain configuration.
---@field serviceType? awsjobs.iot.ServiceType The type of service delivered by the endpoint.
---@field domainType? awsjobs.iot.DomainType The type of the domain.
---@field lastStatusChangeDate? awsjobs.Timestamp The date and time the domain configuration's status was last changed.
---@field tlsConfig? awsjobs.iot.TlsConfig An object that specifies the TLS configuration for a domain.
---@field serverCertificateConfig? awsjobs.iot.ServerCertificateConfig The server certificate configuration.
---@field authenticationType? awsjobs.iot.AuthenticationType An enumerated string that speciﬁes the authentication type.
---@field applicationProtocol? awsjobs.iot.ApplicationProtocol An enumerated string that speciﬁes the application-layer protocol.
---@field clientCertificateConfig? awsjobs.iot.ClientCertificateConfig An object that speciﬁes the client certificate conﬁguration for a domain.

---@class awsjobs.iot.DescribeEncryptionConfigurationRequest

---@class awsjobs.iot.DescribeEncryptionConfigurationResponse
---@field encryptionType? awsjobs.iot.EncryptionType The type of the KMS key.
---@field kmsKeyArn? string The ARN of the customer managed KMS key.
---@field kmsAccessRoleArn? string The Amazon Resource Name (ARN) of the IAM role assumed by Amazon Web Services IoT Core to call KMS on behalf of the customer.
---@field configurationDetails? awsjobs.iot.ConfigurationDetails The encryption configuration details that include the status information of the KMS key and the KMS access role.
---@field lastModifiedDate? awsjobs.Timestamp The date when encryption configuration is last updated.

---The input for the DescribeEndpoint operation.
---@class awsjobs.iot.DescribeEndpointRequest
---@field endpointType? string The endpoint type.

---The output from the DescribeEndpoint operation.
---@class awsjobs.iot.DescribeEndpointResponse
---@field endpointAddress? string The endpoint.

---@class awsjobs.iot.DescribeEventConfigurationsRequest

---@class awsjobs.iot.DescribeEventConfigurationsResponse
---@field eventConfigurations? table<awsjobs.iot.EventType, awsjobs.iot.Configuration> The event configurations.
---@field creationDate? awsjobs.Timestamp The creation date of the event configuration.
---@field lastModifiedDate? awsjobs.Timestamp The date the event configurations were last modified.

---@class awsjobs.iot.DescribeFleetMetricRequest
---@field metricName string The name of the fleet metric to describe.

---@class awsjobs.iot.DescribeFleetMetricResponse
---@field metricName? string The name of the fleet metric to describe.
---@field queryString? string The search query string.
---@field aggregationType? awsjobs.iot.AggregationType The type of the aggregation query.
---@field period? integer The time in seconds between fleet metric emissions.
---@field aggregationField? string The field to aggregate.
---@field description? string The fleet metric description.
---@field queryVersion? string The query version.
---@field indexName? string The name of the index to search.
---@field creationDate? awsjobs.Timestamp The date when the fleet metric is created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the fleet metric is last modified.
---@field unit? awsjobs.iot.FleetMetricUnit Used to support unit transformation such as milliseconds to seconds.
---@field version? integer The version of the fleet metric.
---@field metricArn? string The ARN of the fleet metric to describe.

---@class awsjobs.iot.DescribeIndexRequest
---@field indexName string The index name.

---@class awsjobs.iot.DescribeIndexResponse
---@field indexName? string The index name.
---@field indexStatus? awsjobs.iot.IndexStatus The index status.
---@field schema? string Contains a value that specifies the type of indexing performed.

---@class awsjobs.iot.DescribeJobExecutionRequest
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field thingName string The name of the thing on which the job execution is running.
---@field executionNumber? integer A string (consisting of the digits "0" through "9" which is used to specify a particular job execution on a particular device.

---@class awsjobs.iot.DescribeJobExecutionResponse
---@field execution? awsjobs.iot.JobExecution Information about the job execution.

---@class awsjobs.iot.DescribeJobRequest
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field beforeSubstitution? boolean Provides a view of the job document before and after the substitution parameters have been resolved with their exact values.

---@class awsjobs.iot.DescribeJobResponse
---@field documentSource? string An S3 link to the job document.
---@field job? awsjobs.iot.Job Information about the job.

---@class awsjobs.iot.DescribeJobTemplateRequest
---@field jobTemplateId string The unique identifier of the job template.

---@class awsjobs.iot.DescribeJobTemplateResponse
---@field jobTemplateArn? string The ARN of the job template.
---@field jobTemplateId? string The unique identifier of the job template.
---@field description? string A description of the job template.
---@field documentSource? string An S3 link to the job document.
---@field document? string The job document.
---@field createdAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job template was created.
---@field presignedUrlConfig? awsjobs.iot.PresignedUrlConfig
---@field jobExecutionsRolloutConfig? awsjobs.iot.JobExecutionsRolloutConfig
---@field abortConfig? awsjobs.iot.AbortConfig
---@field timeoutConfig? awsjobs.iot.TimeoutConfig
---@field jobExecutionsRetryConfig? awsjobs.iot.JobExecutionsRetryConfig The configuration that determines how many retries are allowed for each failure type for a job.
---@field maintenanceWindows? awsjobs.iot.MaintenanceWindow[] Allows you to configure an optional maintenance window for the rollout of a job document to all devices in the target group for a job.
---@field destinationPackageVersions? string[] The package version Amazon Resource Names (ARNs) that are installed on the device when the job successfully completes.

---@class awsjobs.iot.DescribeManagedJobTemplateRequest
---@field templateName string The unique name of a managed job template, which is required.
---@field templateVersion? string An optional parameter to specify version of a managed template.

---@class awsjobs.iot.DescribeManagedJobTemplateResponse
---@field templateName? string The unique name of a managed template, such as AWS-Reboot.
---@field templateArn? string The unique Amazon Resource Name (ARN) of the managed template.
---@field description? string The unique description of a managed template.
---@field templateVersion? string The version for a managed template.
---@field environments? string[] A list of environments that are supported with the managed job template.
---@field documentParameters? awsjobs.iot.DocumentParameter[] A map of key-value pairs that you can use as guidance to specify the inputs for creating a job from a managed template.
---@field document? string The document schema for a managed job template.

---@class awsjobs.iot.DescribeMitigationActionRequest
---@field actionName string The friendly name that uniquely identifies the mitigation action.

---@class awsjobs.iot.DescribeMitigationActionResponse
---@field actionName? string The friendly name that uniquely identifies the mitigation action.
---@field actionType? awsjobs.iot.MitigationActionType The type of mitigation action.
---@field actionArn? string The ARN that identifies this migration action.
---@field actionId? string A unique identifier for this action.
---@field roleArn? string The ARN of the IAM role used to apply this action.
---@field actionParams? awsjobs.iot.MitigationActionParams Parameters that control how the mitigation action is applied, specific to the type of mitigation action.
---@field creationDate? awsjobs.Timestamp The date and time when the mitigation action was added to your Amazon Web Services accounts.
---@field lastModifiedDate? awsjobs.Timestamp The date and time when the mitigation action was last changed.

---@class awsjobs.iot.DescribeProvisioningTemplateRequest
---@field templateName string The name of the provisioning template.

---@class awsjobs.iot.DescribeProvisioningTemplateResponse
---@field templateArn? string The ARN of the provisioning template.
---@field templateName? string The name of the provisioning template.
---@field description? string The description of the provisioning template.
---@field creationDate? awsjobs.Timestamp The date when the provisioning template was created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the provisioning template was last modified.
---@field defaultVersionId? integer The default fleet template version ID.
---@field templateBody? string The JSON formatted contents of the provisioning template.
---@field enabled? boolean True if the provisioning template is enabled, otherwise false.
---@field provisioningRoleArn? string The ARN of the role associated with the provisioning template.
---@field preProvisioningHook? awsjobs.iot.ProvisioningHook Gets information about a pre-provisioned hook.
---@field type? awsjobs.iot.TemplateType The type you define in a provisioning template.

---@class awsjobs.iot.DescribeProvisioningTemplateVersionRequest
---@field templateName string The template name.
---@field versionId integer The provisioning template version ID.

---@class awsjobs.iot.DescribeProvisioningTemplateVersionResponse
---@field versionId? integer The provisioning template version ID.
---@field creationDate? awsjobs.Timestamp The date when the provisioning template version was created.
---@field templateBody? string The JSON formatted contents of the provisioning template version.
---@field isDefaultVersion? boolean True if the provisioning template version is the default version.

---@class awsjobs.iot.DescribeRoleAliasRequest
---@field roleAlias string The role alias to describe.

---@class awsjobs.iot.DescribeRoleAliasResponse
---@field roleAliasDescription? awsjobs.iot.RoleAliasDescription The role alias description.

---@class awsjobs.iot.DescribeScheduledAuditRequest
---@field scheduledAuditName string The name of the scheduled audit whose information you want to get.

---@class awsjobs.iot.DescribeScheduledAuditResponse
---@field frequency? awsjobs.iot.AuditFrequency How often the scheduled audit takes place, either one of DAILY, WEEKLY, BIWEEKLY, or MONTHLY.
---@field dayOfMonth? string The day of the month on which the scheduled audit takes place.
---@field dayOfWeek? awsjobs.iot.DayOfWeek The day of the week on which the scheduled audit takes place, either one of SUN, MON, TUE, WED, THU, FRI, or SAT.
---@field targetCheckNames? string[] Which checks are performed during the scheduled audit.
---@field scheduledAuditName? string The name of the scheduled audit.
---@field scheduledAuditArn? string The ARN of the scheduled audit.

---@class awsjobs.iot.DescribeSecurityProfileRequest
---@field securityProfileName string The name of the security profile whose information you want to get.

---@class awsjobs.iot.DescribeSecurityProfileResponse
---@field securityProfileName? string The name of the security profile.
---@field securityProfileArn? string The ARN of the security profile.
---@field securityProfileDescription? string A description of the security profile (associated with the security profile when it was created or updated).
---@field behaviors? awsjobs.iot.Behavior[] Specifies the behaviors that, when violated by a device (thing), cause an alert.
---@field alertTargets? table<awsjobs.iot.AlertTargetType, awsjobs.iot.AlertTarget> Where the alerts are sent.
---@field additionalMetricsToRetain? string[] Please use DescribeSecurityProfileResponse$additionalMetricsToRetainV2 instead.
---@field additionalMetricsToRetainV2? awsjobs.iot.MetricToRetain[] A list of metrics whose data is retained (stored).
---@field version? integer The version of the security profile.
---@field creationDate? awsjobs.Timestamp The time the security profile was created.
---@field lastModifiedDate? awsjobs.Timestamp The time the security profile was last modified.
---@field metricsExportConfig? awsjobs.iot.MetricsExportConfig Specifies the MQTT topic and role ARN required for metric export.

---@class awsjobs.iot.DescribeStreamRequest
---@field streamId string The stream ID.

---@class awsjobs.iot.DescribeStreamResponse
---@field streamInfo? awsjobs.iot.StreamInfo Information about the stream.

---@class awsjobs.iot.DescribeThingGroupRequest
---@field thingGroupName string The name of the thing group.

---@class awsjobs.iot.DescribeThingGroupResponse
---@field thingGroupName? string The name of the thing group.
---@field thingGroupId? string The thing group ID.
---@field thingGroupArn? string The thing group ARN.
---@field version? integer The version of the thing group.
---@field thingGroupProperties? awsjobs.iot.ThingGroupProperties The thing group properties.
---@field thingGroupMetadata? awsjobs.iot.ThingGroupMetadata Thing group metadata.
---@field indexName? string The dynamic thing group index name.
---@field queryString? string The dynamic thing group search query string.
---@field queryVersion? string The dynamic thing group query version.
---@field status? awsjobs.iot.DynamicGroupStatus The dynamic thing group status.

---@class awsjobs.iot.DescribeThingRegistrationTaskRequest
---@field taskId string The task ID.

---@class awsjobs.iot.DescribeThingRegistrationTaskResponse
---@field taskId? string The task ID.
---@field creationDate? awsjobs.Timestamp The task creation date.
---@field lastModifiedDate? awsjobs.Timestamp The date when the task was last modified.
---@field templateBody? string The task's template.
---@field inputFileBucket? string The S3 bucket that contains the input file.
---@field inputFileKey? string The input file key.
---@field roleArn? string The role ARN that grants access to the input file bucket.
---@field status? awsjobs.iot.Status The status of the bulk thing provisioning task.
---@field message? string The message.
---@field successCount? integer The number of things successfully provisioned.
---@field failureCount? integer The number of things that failed to be provisioned.
---@field percentageProgress? integer The progress of the bulk provisioning task expressed as a percentage.

---The input for the DescribeThing operation.
---@class awsjobs.iot.DescribeThingRequest
---@field thingName string The name of the thing.

---The output from the DescribeThing operation.
---@class awsjobs.iot.DescribeThingResponse
---@field defaultClientId? string The default MQTT client ID.
---@field thingName? string The name of the thing.
---@field thingId? string The ID of the thing to describe.
---@field thingArn? string The ARN of the thing to describe.
---@field thingTypeName? string The thing type name.
---@field attributes? table<string, string> The thing attributes.
---@field version? integer The current version of the thing record in the registry.
---@field billingGroupName? string The name of the billing group the thing belongs to.

---The input for the DescribeThingType operation.
---@class awsjobs.iot.DescribeThingTypeRequest
---@field thingTypeName string The name of the thing type.

---The output for the DescribeThingType operation.
---@class awsjobs.iot.DescribeThingTypeResponse
---@field thingTypeName? string The name of the thing type.
---@field thingTypeId? string The thing type ID.
---@field thingTypeArn? string The thing type ARN.
---@field thingTypeProperties? awsjobs.iot.ThingTypeProperties The ThingTypeProperties contains information about the thing type including description, a list of searchable thing attribute names, and MQTT5 configuration.
---@field thingTypeMetadata? awsjobs.iot.ThingTypeMetadata The ThingTypeMetadata contains additional information about the thing type including: creation date and time, a value indicating whether the thing type is...

---Describes the location of the updated firmware.
---@class awsjobs.iot.Destination
---@field s3Destination? awsjobs.iot.S3Destination Describes the location in S3 of the updated firmware.

---@class awsjobs.iot.DetachPolicyRequest
---@field policyName string The policy to detach.
---@field target string The target from which the policy will be detached.

---The input for the DetachPrincipalPolicy operation.
---@class awsjobs.iot.DetachPrincipalPolicyRequest
---@field policyName string The name of the policy to detach.
---@field principal string The principal.

---@class awsjobs.iot.DetachSecurityProfileRequest
---@field securityProfileName string The security profile that is detached.
---@field securityProfileTargetArn string The ARN of the thing group from which the security profile is detached.

---@class awsjobs.iot.DetachSecurityProfileResponse

---The input for the DetachThingPrincipal operation.
---@class awsjobs.iot.DetachThingPrincipalRequest
---@field thingName string The name of the thing.
---@field principal string If the principal is a certificate, this value must be ARN of the certificate.

---The output from the DetachThingPrincipal operation.
---@class awsjobs.iot.DetachThingPrincipalResponse

---Describes which mitigation actions should be executed.
---@class awsjobs.iot.DetectMitigationActionExecution
---@field taskId? string The unique identifier of the task.
---@field violationId? string The unique identifier of the violation.
---@field actionName? string The friendly name that uniquely identifies the mitigation action.
---@field thingName? string The name of the thing.
---@field executionStartDate? awsjobs.Timestamp The date a mitigation action was started.
---@field executionEndDate? awsjobs.Timestamp The date a mitigation action ended.
---@field status? awsjobs.iot.DetectMitigationActionExecutionStatus The status of a mitigation action.
---@field errorCode? string The error code of a mitigation action.
---@field message? string The message of a mitigation action.

---The statistics of a mitigation action task.
---@class awsjobs.iot.DetectMitigationActionsTaskStatistics
---@field actionsExecuted? integer The actions that were performed.
---@field actionsSkipped? integer The actions that were skipped.
---@field actionsFailed? integer The actions that failed.

---The summary of the mitigation action tasks.
---@class awsjobs.iot.DetectMitigationActionsTaskSummary
---@field taskId? string The unique identifier of the task.
---@field taskStatus? awsjobs.iot.DetectMitigationActionsTaskStatus The status of the task.
---@field taskStartTime? awsjobs.Timestamp The date the task started.
---@field taskEndTime? awsjobs.Timestamp The date the task ended.
---@field target? awsjobs.iot.DetectMitigationActionsTaskTarget Specifies the ML Detect findings to which the mitigation actions are applied.
---@field violationEventOccurrenceRange? awsjobs.iot.ViolationEventOccurrenceRange Specifies the time period of which violation events occurred between.
---@field onlyActiveViolationsIncluded? boolean Includes only active violations.
---@field suppressedAlertsIncluded? boolean Includes suppressed alerts.
---@field actionsDefinition? awsjobs.iot.MitigationAction[] The definition of the actions.
---@field taskStatistics? awsjobs.iot.DetectMitigationActionsTaskStatistics The statistics of a mitigation action task.

---The target of a mitigation action task.
---@class awsjobs.iot.DetectMitigationActionsTaskTarget
---@field violationIds? string[] The unique identifiers of the violations.
---@field securityProfileName? string The name of the security profile.
---@field behaviorName? string The name of the behavior.

---The input for the DisableTopicRuleRequest operation.
---@class awsjobs.iot.DisableTopicRuleRequest
---@field ruleName string The name of the rule to disable.

---@class awsjobs.iot.DisassociateSbomFromPackageVersionRequest
---@field packageName string The name of the new software package.
---@field versionName string The name of the new package version.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.DisassociateSbomFromPackageVersionResponse

---A map of key-value pairs containing the patterns that need to be replaced in a managed template job document schema.
---@class awsjobs.iot.DocumentParameter
---@field key? string Key of the map field containing the patterns that need to be replaced in a managed template job document schema.
---@field description? string Description of the map field containing the patterns that need to be replaced in a managed template job document schema.
---@field regex? string A regular expression of the patterns that need to be replaced in a managed template job document schema.
---@field example? string An example illustrating a pattern that need to be replaced in a managed template job document schema.
---@field optional? boolean Specifies whether a pattern that needs to be replaced in a managed template job document schema is optional or required.

---The summary of a domain configuration.
---@class awsjobs.iot.DomainConfigurationSummary
---@field domainConfigurationName? string The name of the domain configuration.
---@field domainConfigurationArn? string The ARN of the domain configuration.
---@field serviceType? awsjobs.iot.ServiceType The type of service delivered by the endpoint.

---Describes an action to write to a DynamoDB table.
---@class awsjobs.iot.DynamoDBAction
---@field tableName string The name of the DynamoDB table.
---@field roleArn string The ARN of the IAM role that grants access to the DynamoDB table.
---@field operation? string The type of operation to be performed.
---@field hashKeyField string The hash key name.
---@field hashKeyValue string The hash key value.
---@field hashKeyType? awsjobs.iot.DynamoKeyType The hash key type.
---@field rangeKeyField? string The range key name.
---@field rangeKeyValue? string The range key value.
---@field rangeKeyType? awsjobs.iot.DynamoKeyType The range key type.
---@field payloadField? string The action payload.

---Describes an action to write to a DynamoDB table.
---@class awsjobs.iot.DynamoDBv2Action
---@field roleArn string The ARN of the IAM role that grants access to the DynamoDB table.
---@field putItem awsjobs.iot.PutItemInput Specifies the DynamoDB table to which the message data will be written.

---The policy that has the effect on the authorization results.
---@class awsjobs.iot.EffectivePolicy
---@field policyName? string The policy name.
---@field policyArn? string The policy ARN.
---@field policyDocument? string The IAM policy document.

---Describes an action that writes data to an Amazon OpenSearch Service domain.
---@class awsjobs.iot.ElasticsearchAction
---@field roleArn string The IAM role ARN that has access to OpenSearch.
---@field endpoint string The endpoint of your OpenSearch domain.
---@field index string The index where you want to store your data.
---@field type string The type of document you are storing.
---@field id string The unique identifier for the document you are storing.

---Parameters used when defining a mitigation action that enable Amazon Web Services IoT Core logging.
---@class awsjobs.iot.EnableIoTLoggingParams
---@field roleArnForLogging string The Amazon Resource Name (ARN) of the IAM role used for logging.
---@field logLevel awsjobs.iot.LogLevel Specifies the type of information to be logged.

---The input for the EnableTopicRuleRequest operation.
---@class awsjobs.iot.EnableTopicRuleRequest
---@field ruleName string The name of the topic rule to enable.

---Error information.
---@class awsjobs.iot.ErrorInfo
---@field code? string The error code.
---@field message? string The error message.

---Information that explicitly denies authorization.
---@class awsjobs.iot.ExplicitDeny
---@field policies? awsjobs.iot.Policy[] The policies that denied the authorization.

---Allows you to create an exponential rate of rollout for a job.
---@class awsjobs.iot.ExponentialRolloutRate
---@field baseRatePerMinute integer The minimum number of things that will be notified of a pending job, per minute at the start of job rollout.
---@field incrementFactor number The exponential factor to increase the rate of rollout for a job.
---@field rateIncreaseCriteria awsjobs.iot.RateIncreaseCriteria The criteria to initiate the increase in rate of rollout for a job.

---Describes the name and data type at a field.
---@class awsjobs.iot.Field
---@field name? string The name of the field.
---@field type? awsjobs.iot.FieldType The data type of the field.

---The location of the OTA update.
---@class awsjobs.iot.FileLocation
---@field stream? awsjobs.iot.Stream The stream that contains the OTA update.
---@field s3Location? awsjobs.iot.S3Location The location of the updated firmware in S3.

---Describes an action that writes data to an Amazon Kinesis Firehose stream.
---@class awsjobs.iot.FirehoseAction
---@field roleArn string The IAM role that grants access to the Amazon Kinesis Firehose stream.
---@field deliveryStreamName string The delivery stream name.
---@field separator? string A character separator that will be used to separate records written to the Firehose stream.
---@field batchMode? boolean Whether to deliver the Kinesis Data Firehose stream as a batch by using PutRecordBatch.

---The name and ARN of a fleet metric.
---@class awsjobs.iot.FleetMetricNameAndArn
---@field metricName? string The fleet metric name.
---@field metricArn? string The fleet metric ARN.

---A geolocation target that you select to index.
---@class awsjobs.iot.GeoLocationTarget
---@field name? string The name of the geolocation target field.
---@field order? awsjobs.iot.TargetFieldOrder The order of the geolocation target field.

---@class awsjobs.iot.GetBehaviorModelTrainingSummariesRequest
---@field securityProfileName? string The name of the security profile.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.GetBehaviorModelTrainingSummariesResponse
---@field summaries? awsjobs.iot.BehaviorModelTrainingSummary[] A list of all ML Detect behaviors and their model status for a given Security Profile.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.GetBucketsAggregationRequest
---@field indexName? string The name of the index to search.
---@field queryString string The search query string.
---@field aggregationField string The aggregation field.
---@field queryVersion? string The version of the query.
---@field bucketsAggregationType awsjobs.iot.BucketsAggregationType The basic control of the response shape and the bucket aggregation type to perform.

---@class awsjobs.iot.GetBucketsAggregationResponse
---@field totalCount? integer The total number of things that fit the query string criteria.
---@field buckets? awsjobs.iot.Bucket[] The main part of the response with a list of buckets.

---@class awsjobs.iot.GetCardinalityRequest
---@field indexName? string The name of the index to search.
---@field queryString string The search query string.
---@field aggregationField? string The field to aggregate.
---@field queryVersion? string The query version.

---@class awsjobs.iot.GetCardinalityResponse
---@field cardinality? integer The approximate count of unique values that match the query.

---@class awsjobs.iot.GetCommandExecutionRequest
---@field executionId string The unique identifier for the command execution.
---@field targetArn string The Amazon Resource Number (ARN) of the device on which the command execution is being performed.
---@field includeResult? boolean Can be used to specify whether to include the result of the command execution in the GetCommandExecution API response.

---@class awsjobs.iot.GetCommandExecutionResponse
---@field executionId? string The unique identifier of the command execution.
---@field commandArn? string The Amazon Resource Number (ARN) of the command.
---@field targetArn? string The Amazon Resource Number (ARN) of the device on which the command execution is being performed.
---@field status? awsjobs.iot.CommandExecutionStatus The status of the command execution.
---@field statusReason? awsjobs.iot.StatusReason Your devices can use this parameter to provide additional context about the status of a command execution using a reason code and description.
---@field result? table<string, awsjobs.iot.CommandExecutionResult> The result value for the current state of the command execution.
---@field parameters? table<string, awsjobs.iot.CommandParameterValue> The list of parameters that the StartCommandExecution API used when performing the command on the device.
---@field executionTimeoutSeconds? integer Specifies the amount of time in seconds that the device can take to finish a command execution.
---@field createdAt? awsjobs.Timestamp The timestamp, when the command execution was created.
---@field lastUpdatedAt? awsjobs.Timestamp The timestamp, when the command execution was last updated.
---@field startedAt? awsjobs.Timestamp The timestamp, when the command execution was started.
---@field completedAt? awsjobs.Timestamp The timestamp, when the command execution was completed.
---@field timeToLive? awsjobs.Timestamp The time to live (TTL) parameter that indicates the duration for which executions will be retained in your account.

---@class awsjobs.iot.GetCommandRequest
---@field commandId string The unique identifier of the command for which you want to retrieve information.

---@class awsjobs.iot.GetCommandResponse
---@field commandId? string The unique identifier of the command.
---@field commandArn? string The Amazon Resource Number (ARN) of the command.
---@field namespace? awsjobs.iot.CommandNamespace The namespace of the command.
---@field displayName? string The user-friendly name in the console for the command.
---@field description? string A short text description of the command.
---@field mandatoryParameters? awsjobs.iot.CommandParameter[] A list of parameters for the command created.
---@field payload? awsjobs.iot.CommandPayload The payload object that you provided for the command.
---@field payloadTemplate? string The payload template for the dynamic command.
---@field preprocessor? awsjobs.iot.CommandPreprocessor Configuration that determines how payloadTemplate is processed to generate command execution payload.
---@field roleArn? string The IAM role that you provided when creating the command with AWS-IoT-FleetWise as the namespace.
---@field createdAt? awsjobs.Timestamp The timestamp, when the command was created.
---@field lastUpdatedAt? awsjobs.Timestamp The timestamp, when the command was last updated.
---@field deprecated? boolean Indicates whether the command has been deprecated.
---@field pendingDeletion? boolean Indicates whether the command is being deleted.

---@class awsjobs.iot.GetEffectivePoliciesRequest
---@field principal? string The principal.
---@field cognitoIdentityPoolId? string The Cognito identity pool ID.
---@field thingName? string The thing name.

---@class awsjobs.iot.GetEffectivePoliciesResponse
---@field effectivePolicies? awsjobs.iot.EffectivePolicy[] The effective policies.

---@class awsjobs.iot.GetIndexingConfigurationRequest

---@class awsjobs.iot.GetIndexingConfigurationResponse
---@field thingIndexingConfiguration? awsjobs.iot.ThingIndexingConfiguration Thing indexing configuration.
---@field thingGroupIndexingConfiguration? awsjobs.iot.ThingGroupIndexingConfiguration The index configuration.

---@class awsjobs.iot.GetJobDocumentRequest
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field beforeSubstitution? boolean Provides a view of the job document before and after the substitution parameters have been resolved with their exact values.

---@class awsjobs.iot.GetJobDocumentResponse
---@field document? string The job document content.

---The input for the GetLoggingOptions operation.
---@class awsjobs.iot.GetLoggingOptionsRequest

---The output from the GetLoggingOptions operation.
---@class awsjobs.iot.GetLoggingOptionsResponse
---@field roleArn? string The ARN of the IAM role that grants access.
---@field logLevel? awsjobs.iot.LogLevel The logging level.

---@class awsjobs.iot.GetOTAUpdateRequest
---@field otaUpdateId string The OTA update ID.

---@class awsjobs.iot.GetOTAUpdateResponse
---@field otaUpdateInfo? awsjobs.iot.OTAUpdateInfo The OTA update info.

---@class awsjobs.iot.GetPackageConfigurationRequest

---@class awsjobs.iot.GetPackageConfigurationResponse
---@field versionUpdateByJobsConfig? awsjobs.iot.VersionUpdateByJobsConfig The version that is associated to a specific job.

---@class awsjobs.iot.GetPackageRequest
---@field packageName string The name of the target software package.

---@class awsjobs.iot.GetPackageResponse
---@field packageName? string The name of the software package.
---@field packageArn? string The ARN for the package.
---@field description? string The package description.
---@field defaultVersionName? string The name of the default package version.
---@field creationDate? awsjobs.Timestamp The date the package was created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the package was last updated.

---@class awsjobs.iot.GetPackageVersionRequest
---@field packageName string The name of the associated package.
---@field versionName string The name of the target package version.

---@class awsjobs.iot.GetPackageVersionResponse
---@field packageVersionArn? string The ARN for the package version.
---@field packageName? string The name of the software package.
---@field versionName? string The name of the package version.
---@field description? string The package version description.
---@field attributes? table<string, string> Metadata that were added to the package version that can be used to define a package version’s configuration.
---@field artifact? awsjobs.iot.PackageVersionArtifact The various components that make up a software package version.
---@field status? awsjobs.iot.PackageVersionStatus The status associated to the package version.
---@field errorReason? string Error reason for a package version failure during creation or update.
---@field creationDate? awsjobs.Timestamp The date when the package version was created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the package version was last updated.
---@field sbom? awsjobs.iot.Sbom The software bill of materials for a software package version.
---@field sbomValidationStatus? awsjobs.iot.SbomValidationStatus The status of the validation for a new software bill of materials added to a software package version.
---@field recipe? string The inline job document associated with a software package version used for a quick job deployment.

---@class awsjobs.iot.GetPercentilesRequest
---@field indexName? string The name of the index to search.
---@field queryString string The search query string.
---@field aggregationField? string The field to aggregate.
---@field queryVersion? string The query version.
---@field percents? number[] The percentile groups returned.

---@class awsjobs.iot.GetPercentilesResponse
---@field percentiles? awsjobs.iot.PercentPair[] The percentile values of the aggregated fields.

---The input for the GetPolicy operation.
---@class awsjobs.iot.GetPolicyRequest
---@field policyName string The name of the policy.

---The output from the GetPolicy operation.
---@class awsjobs.iot.GetPolicyResponse
---@field policyName? string The policy name.
---@field policyArn? string The policy ARN.
---@field policyDocument? string The JSON document that describes the policy.
---@field defaultVersionId? string The default policy version ID.
---@field creationDate? awsjobs.Timestamp The date the policy was created.
---@field lastModifiedDate? awsjobs.Timestamp The date the policy was last modified.
---@field generationId? string The generation ID of the policy.

---The input for the GetPolicyVersion operation.
---@class awsjobs.iot.GetPolicyVersionRequest
---@field policyName string The name of the policy.
---@field policyVersionId string The policy version ID.

---The output from the GetPolicyVersion operation.
---@class awsjobs.iot.GetPolicyVersionResponse
---@field policyArn? string The policy ARN.
---@field policyName? string The policy name.
---@field policyDocument? string The JSON document that describes the policy.
---@field policyVersionId? string The policy version ID.
---@field isDefaultVersion? boolean Specifies whether the policy version is the default.
---@field creationDate? awsjobs.Timestamp The date the policy was created.
---@field lastModifiedDate? awsjobs.Timestamp The date the policy was last modified.
---@field generationId? string The generation ID of the policy version.

---The input to the GetRegistrationCode operation.
---@class awsjobs.iot.GetRegistrationCodeRequest

---The output from the GetRegistrationCode operation.
---@class awsjobs.iot.GetRegistrationCodeResponse
---@field registrationCode? string The CA certificate registration code.

---@class awsjobs.iot.GetStatisticsRequest
---@field indexName? string The name of the index to search.
---@field queryString string The query used to search.
---@field aggregationField? string The aggregation field name.
---@field queryVersion? string The version of the query used to search.

---@class awsjobs.iot.GetStatisticsResponse
---@field statistics? awsjobs.iot.Statistics The statistics returned by the Fleet Indexing service based on the query and aggregation field.

---@class awsjobs.iot.GetThingConnectivityDataRequest
---@field thingName string The name of your IoT thing.

---@class awsjobs.iot.GetThingConnectivityDataResponse
---@field thingName? string The name of your IoT thing.
---@field connected? boolean A Boolean that indicates the connectivity status.
---@field timestamp? awsjobs.Timestamp The timestamp of when the event occurred.
---@field disconnectReason? awsjobs.iot.DisconnectReasonValue The reason why the client is disconnecting.

---@class awsjobs.iot.GetTopicRuleDestinationRequest
---@field arn string The ARN of the topic rule destination.

---@class awsjobs.iot.GetTopicRuleDestinationResponse
---@field topicRuleDestination? awsjobs.iot.TopicRuleDestination The topic rule destination.

---The input for the GetTopicRule operation.
---@class awsjobs.iot.GetTopicRuleRequest
---@field ruleName string The name of the rule.

---The output from the GetTopicRule operation.
---@class awsjobs.iot.GetTopicRuleResponse
---@field ruleArn? string The rule ARN.
---@field rule? awsjobs.iot.TopicRule The rule.

---@class awsjobs.iot.GetV2LoggingOptionsRequest
---@field verbose? boolean The flag is used to get all the event types and their respective configuration that event-based logging supports.

---@class awsjobs.iot.GetV2LoggingOptionsResponse
---@field roleArn? string The IAM role ARN IoT uses to write to your CloudWatch logs.
---@field defaultLogLevel? awsjobs.iot.LogLevel The default log level.
---@field disableAllLogs? boolean Disables all logs.
---@field eventConfigurations? awsjobs.iot.LogEventConfiguration[] The list of event configurations that override account-level logging.

---The name and ARN of a group.
---@class awsjobs.iot.GroupNameAndArn
---@field groupName? string The group name.
---@field groupArn? string The group ARN.

---Send data to an HTTPS endpoint.
---@class awsjobs.iot.HttpAction
---@field url string The endpoint URL.
---@field confirmationUrl? string The URL to which IoT sends a confirmation message.
---@field headers? awsjobs.iot.HttpActionHeader[] The HTTP headers to send with the message data.
---@field auth? awsjobs.iot.HttpAuthorization The authentication method to use when sending data to an HTTPS endpoint.
---@field enableBatching? boolean Whether to process the HTTP action messages into a single request.
---@field batchConfig? awsjobs.iot.BatchConfig The configuration settings for batching.

---The HTTP action header.
---@class awsjobs.iot.HttpActionHeader
---@field key string The HTTP header key.
---@field value string The HTTP header value.

---The authorization method used to send messages.
---@class awsjobs.iot.HttpAuthorization
---@field sigv4? awsjobs.iot.SigV4Authorization Use Sig V4 authorization.

---Specifies the HTTP context to use for the test authorizer request.
---@class awsjobs.iot.HttpContext
---@field headers? table<string, string> The header keys and values in an HTTP authorization request.
---@field queryString? string The query string keys and values in an HTTP authorization request.

---HTTP URL destination configuration used by the topic rule's HTTP action.
---@class awsjobs.iot.HttpUrlDestinationConfiguration
---@field confirmationUrl string The URL IoT uses to confirm ownership of or access to the topic rule destination URL.

---HTTP URL destination properties.
---@class awsjobs.iot.HttpUrlDestinationProperties
---@field confirmationUrl? string The URL used to confirm the HTTP topic rule destination URL.

---Information about an HTTP URL destination.
---@class awsjobs.iot.HttpUrlDestinationSummary
---@field confirmationUrl? string The URL used to confirm ownership of or access to the HTTP topic rule destination URL.

---Information that implicitly denies authorization.
---@class awsjobs.iot.ImplicitDeny
---@field policies? awsjobs.iot.Policy[] Policies that don't contain a matching allow or deny statement for the specified action on the specified resource.

---The index is not ready.
---(The members of `err.data` when `err.code` is IndexNotReadyException.)
---@class awsjobs.iot.IndexNotReadyException
---@field message? string The message for the exception.

---Provides additional selections for named shadows and geolocation data.
---@class awsjobs.iot.IndexingFilter
---@field namedShadowNames? string[] The shadow names that you select to index.
---@field geoLocations? awsjobs.iot.GeoLocationTarget[] The list of geolocation targets that you select to index.

---An unexpected error has occurred.
---(The members of `err.data` when `err.code` is InternalException.)
---@class awsjobs.iot.InternalException
---@field message? string The message for the exception.

---An unexpected error has occurred.
---(The members of `err.data` when `err.code` is InternalFailureException.)
---@class awsjobs.iot.InternalFailureException
---@field message? string The message for the exception.

---Internal error from the service that indicates an unexpected error or that the service is unavailable.
---(The members of `err.data` when `err.code` is InternalServerException.)
---@class awsjobs.iot.InternalServerException
---@field message? string

---The aggregation is invalid.
---(The members of `err.data` when `err.code` is InvalidAggregationException.)
---@class awsjobs.iot.InvalidAggregationException
---@field message? string

---The query is invalid.
---(The members of `err.data` when `err.code` is InvalidQueryException.)
---@class awsjobs.iot.InvalidQueryException
---@field message? string The message for the exception.

---The request is not valid.
---(The members of `err.data` when `err.code` is InvalidRequestException.)
---@class awsjobs.iot.InvalidRequestException
---@field message? string The message for the exception.

---The response is invalid.
---(The members of `err.data` when `err.code` is InvalidResponseException.)
---@class awsjobs.iot.InvalidResponseException
---@field message? string The message for the exception.

---An attempt was made to change to an invalid state, for example by deleting a job or a job execution which is "IN_PROGRESS" without setting the force parameter.
---(The members of `err.data` when `err.code` is InvalidStateTransitionException.)
---@class awsjobs.iot.InvalidStateTransitionException
---@field message? string The message for the exception.

---Sends message data to an IoT Analytics channel.
---@class awsjobs.iot.IotAnalyticsAction
---@field channelArn? string # (deprecated) The ARN of the IoT Analytics channel to which message data will be sent.
---@field channelName? string The name of the IoT Analytics channel to which message data will be sent.
---@field batchMode? boolean Whether to process the action as a batch.
---@field roleArn? string The ARN of the role which has a policy that grants IoT Analytics permission to send message data via IoT Analytics (iotanalytics:BatchPutMessage).

---Sends an input to an IoT Events detector.
---@class awsjobs.iot.IotEventsAction
---@field inputName string The name of the IoT Events input.
---@field messageId? string The ID of the message.
---@field batchMode? boolean Whether to process the event actions as a batch.
---@field roleArn string The ARN of the role that grants IoT permission to send an input to an IoT Events detector.

---Describes an action to send data from an MQTT message that triggered the rule to IoT SiteWise asset properties.
---@class awsjobs.iot.IotSiteWiseAction
---@field putAssetPropertyValueEntries awsjobs.iot.PutAssetPropertyValueEntry[] A list of asset property value entries.
---@field roleArn string The ARN of the role that grants IoT permission to send an asset property value to IoT SiteWise.

---The certificate issuer indentifier.
---@class awsjobs.iot.IssuerCertificateIdentifier
---@field issuerCertificateSubject? string The subject of the issuer certificate.
---@field issuerId? string The issuer ID.
---@field issuerCertificateSerialNumber? string The issuer certificate serial number.

---The Job object contains details about a job.
---@class awsjobs.iot.Job
---@field jobArn? string An ARN identifying the job with format "arn:aws:iot:region:account:job/jobId".
---@field jobId? string The unique identifier you assigned to this job when it was created.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the job (SNAPSHOT).
---@field status? awsjobs.iot.JobStatus The status of the job, one of IN_PROGRESS, CANCELED, DELETION_IN_PROGRESS or COMPLETED.
---@field forceCanceled? boolean Will be true if the job was canceled with the optional force parameter set to true.
---@field reasonCode? string If the job was updated, provides the reason code for the update.
---@field comment? string If the job was updated, describes the reason for the update.
---@field targets? string[] A list of IoT things and thing groups to which the job should be sent.
---@field description? string A short text description of the job.
---@field presignedUrlConfig? awsjobs.iot.PresignedUrlConfig Configuration for pre-signed S3 URLs.
---@field jobExecutionsRolloutConfig? awsjobs.iot.JobExecutionsRolloutConfig Allows you to create a staged rollout of a job.
---@field abortConfig? awsjobs.iot.AbortConfig Configuration for criteria to abort the job.
---@field createdAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job was created.
---@field lastUpdatedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job was last updated.
---@field completedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job was completed.
---@field jobProcessDetails? awsjobs.iot.JobProcessDetails Details about the job process.
---@field timeoutConfig? awsjobs.iot.TimeoutConfig Specifies the amount of time each device has to finish its execution of the job.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.
---@field jobTemplateArn? string The ARN of the job template used to create the job.
---@field jobExecutionsRetryConfig? awsjobs.iot.JobExecutionsRetryConfig The configuration for the criteria to retry the job.
---@field documentParameters? table<string, string> A key-value map that pairs the patterns that need to be replaced in a managed template job document schema.
---@field isConcurrent? boolean Indicates whether a job is concurrent.
---@field schedulingConfig? awsjobs.iot.SchedulingConfig The configuration that allows you to schedule a job for a future date and time in addition to specifying the end behavior for each job execution.
---@field scheduledJobRollouts? awsjobs.iot.ScheduledJobRollout[] Displays the next seven maintenance window occurrences and their start times.
---@field destinationPackageVersions? string[] The package version Amazon Resource Names (ARNs) that are installed on the device when the job successfully completes.

---The job execution object represents the execution of a job on a particular device.
---@class awsjobs.iot.JobExecution
---@field jobId? string The unique identifier you assigned to the job when it was created.
---@field status? awsjobs.iot.JobExecutionStatus The status of the job execution (IN_PROGRESS, QUEUED, FAILED, SUCCEEDED, TIMED_OUT, CANCELED, or REJECTED).
---@field forceCanceled? boolean Will be true if the job execution was canceled with the optional force parameter set to true.
---@field statusDetails? awsjobs.iot.JobExecutionStatusDetails A collection of name/value pairs that describe the status of the job execution.
---@field thingArn? string The ARN of the thing on which the job execution is running.
---@field queuedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution was queued.
---@field startedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution started.
---@field lastUpdatedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution was last updated.
---@field executionNumber? integer A string (consisting of the digits "0" through "9") which identifies this particular job execution on this particular device.
---@field versionNumber? integer The version of the job execution.
---@field approximateSecondsBeforeTimedOut? integer The estimated number of seconds that remain before the job execution status will be changed to TIMED_OUT.

---Details of the job execution status.
---@class awsjobs.iot.JobExecutionStatusDetails
---@field detailsMap? table<string, string> The job execution status.

---The job execution summary.
---@class awsjobs.iot.JobExecutionSummary
---@field status? awsjobs.iot.JobExecutionStatus The status of the job execution.
---@field queuedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution was queued.
---@field startedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution started.
---@field lastUpdatedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job execution was last updated.
---@field executionNumber? integer A string (consisting of the digits "0" through "9") which identifies this particular job execution on this particular device.
---@field retryAttempt? integer The number that indicates how many retry attempts have been completed for this job on this device.

---Contains a summary of information about job executions for a specific job.
---@class awsjobs.iot.JobExecutionSummaryForJob
---@field thingArn? string The ARN of the thing on which the job execution is running.
---@field jobExecutionSummary? awsjobs.iot.JobExecutionSummary Contains a subset of information about a job execution.

---The job execution summary for a thing.
---@class awsjobs.iot.JobExecutionSummaryForThing
---@field jobId? string The unique identifier you assigned to this job when it was created.
---@field jobExecutionSummary? awsjobs.iot.JobExecutionSummary Contains a subset of information about a job execution.

---The configuration that determines how many retries are allowed for each failure type for a job.
---@class awsjobs.iot.JobExecutionsRetryConfig
---@field criteriaList awsjobs.iot.RetryCriteria[] The list of criteria that determines how many retries are allowed for each failure type for a job.

---Allows you to create a staged rollout of a job.
---@class awsjobs.iot.JobExecutionsRolloutConfig
---@field maximumPerMinute? integer The maximum number of things that will be notified of a pending job, per minute.
---@field exponentialRate? awsjobs.iot.ExponentialRolloutRate The rate of increase for a job rollout.

---The job process details.
---@class awsjobs.iot.JobProcessDetails
---@field processingTargets? string[] The target devices to which the job execution is being rolled out.
---@field numberOfCanceledThings? integer The number of things that cancelled the job.
---@field numberOfSucceededThings? integer The number of things which successfully completed the job.
---@field numberOfFailedThings? integer The number of things that failed executing the job.
---@field numberOfRejectedThings? integer The number of things that rejected the job.
---@field numberOfQueuedThings? integer The number of things that are awaiting execution of the job.
---@field numberOfInProgressThings? integer The number of things currently executing the job.
---@field numberOfRemovedThings? integer The number of things that are no longer scheduled to execute the job because they have been deleted or have been removed from the group that was a target of...
---@field numberOfTimedOutThings? integer The number of things whose job execution status is TIMED_OUT.

---The job summary.
---@class awsjobs.iot.JobSummary
---@field jobArn? string The job ARN.
---@field jobId? string The unique identifier you assigned to this job when it was created.
---@field thingGroupId? string The ID of the thing group.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the job (SNAPSHOT).
---@field status? awsjobs.iot.JobStatus The job summary status.
---@field createdAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job was created.
---@field lastUpdatedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job was last updated.
---@field completedAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job completed.
---@field isConcurrent? boolean Indicates whether a job is concurrent.

---An object that contains information about the job template.
---@class awsjobs.iot.JobTemplateSummary
---@field jobTemplateArn? string The ARN of the job template.
---@field jobTemplateId? string The unique identifier of the job template.
---@field description? string A description of the job template.
---@field createdAt? awsjobs.Timestamp The time, in seconds since the epoch, when the job template was created.

---Send messages to an Amazon Managed Streaming for Apache Kafka (Amazon MSK) or self-managed Apache Kafka cluster.
---@class awsjobs.iot.KafkaAction
---@field destinationArn string The ARN of Kafka action's VPC TopicRuleDestination.
---@field topic string The Kafka topic for messages to be sent to the Kafka broker.
---@field key? string The Kafka message key.
---@field partition? string The Kafka message partition.
---@field clientProperties table<string, string> Properties of the Apache Kafka producer client.
---@field headers? awsjobs.iot.KafkaActionHeader[] The list of Kafka headers that you specify.

---Specifies a Kafka header using key-value pairs when you create a Rule’s Kafka Action.
---@class awsjobs.iot.KafkaActionHeader
---@field key string The key of the Kafka header.
---@field value string The value of the Kafka header.

---Describes a key pair.
---@class awsjobs.iot.KeyPair
---@field PublicKey? string The public key.
---@field PrivateKey? string The private key.

---Describes an action to write data to an Amazon Kinesis stream.
---@class awsjobs.iot.KinesisAction
---@field roleArn string The ARN of the IAM role that grants access to the Amazon Kinesis stream.
---@field streamName string The name of the Amazon Kinesis stream.
---@field partitionKey? string The partition key.

---Describes an action to invoke a Lambda function.
---@class awsjobs.iot.LambdaAction
---@field functionArn string The ARN of the Lambda function.

---A limit has been exceeded.
---(The members of `err.data` when `err.code` is LimitExceededException.)
---@class awsjobs.iot.LimitExceededException
---@field message? string The message for the exception.

---@class awsjobs.iot.ListActiveViolationsRequest
---@field thingName? string The name of the thing whose active violations are listed.
---@field securityProfileName? string The name of the Device Defender security profile for which violations are listed.
---@field behaviorCriteriaType? awsjobs.iot.BehaviorCriteriaType The criteria for a behavior.
---@field listSuppressedAlerts? boolean A list of all suppressed alerts.
---@field verificationState? awsjobs.iot.VerificationState The verification state of the violation (detect alarm).
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListActiveViolationsResponse
---@field activeViolations? awsjobs.iot.ActiveViolation[] The list of active violations.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListAttachedPoliciesRequest
---@field target string The group or principal for which the policies will be listed.
---@field recursive? boolean When true, recursively list attached policies.
---@field marker? string The token to retrieve the next set of results.
---@field pageSize? integer The maximum number of results to be returned per request.

---@class awsjobs.iot.ListAttachedPoliciesResponse
---@field policies? awsjobs.iot.Policy[] The policies.
---@field nextMarker? string The token to retrieve the next set of results, or null if there are no more results.

---@class awsjobs.iot.ListAuditFindingsRequest
---@field taskId? string A filter to limit results to the audit with the specified ID.
---@field checkName? string A filter to limit results to the findings for the specified audit check.
---@field resourceIdentifier? awsjobs.iot.ResourceIdentifier Information identifying the noncompliant resource.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.
---@field startTime? awsjobs.Timestamp A filter to limit results to those found after the specified time.
---@field endTime? awsjobs.Timestamp A filter to limit results to those found before the specified time.
---@field listSuppressedFindings? boolean Boolean flag indicating whether only the suppressed findings or the unsuppressed findings should be listed.

---@class awsjobs.iot.ListAuditFindingsResponse
---@field findings? awsjobs.iot.AuditFinding[] The findings (results) of the audit.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListAuditMitigationActionsExecutionsRequest
---@field taskId string Specify this filter to limit results to actions for a specific audit mitigation actions task.
---@field actionStatus? awsjobs.iot.AuditMitigationActionsExecutionStatus Specify this filter to limit results to those with a specific status.
---@field findingId string Specify this filter to limit results to those that were applied to a specific audit finding.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListAuditMitigationActionsExecutionsResponse
---@field actionsExecutions? awsjobs.iot.AuditMitigationActionExecutionMetadata[] A set of task execution results based on the input parameters.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListAuditMitigationActionsTasksRequest
---@field auditTaskId? string Specify this filter to limit results to tasks that were applied to results for a specific audit.
---@field findingId? string Specify this filter to limit results to tasks that were applied to a specific audit finding.
---@field taskStatus? awsjobs.iot.AuditMitigationActionsTaskStatus Specify this filter to limit results to tasks that are in a specific state.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.
---@field startTime awsjobs.Timestamp Specify this filter to limit results to tasks that began on or after a specific date and time.
---@field endTime awsjobs.Timestamp Specify this filter to limit results to tasks that were completed or canceled on or before a specific date and time.

---@class awsjobs.iot.ListAuditMitigationActionsTasksResponse
---@field tasks? awsjobs.iot.AuditMitigationActionsTaskMetadata[] The collection of audit mitigation tasks that matched the filter criteria.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListAuditSuppressionsRequest
---@field checkName? string
---@field resourceIdentifier? awsjobs.iot.ResourceIdentifier
---@field ascendingOrder? boolean Determines whether suppressions are listed in ascending order by expiration date or not.
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListAuditSuppressionsResponse
---@field suppressions? awsjobs.iot.AuditSuppression[] List of audit suppressions.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListAuditTasksRequest
---@field startTime awsjobs.Timestamp The beginning of the time period.
---@field endTime awsjobs.Timestamp The end of the time period.
---@field taskType? awsjobs.iot.AuditTaskType A filter to limit the output to the specified type of audit: can be one of "ON_DEMAND_AUDIT_TASK" or "SCHEDULED__AUDIT_TASK".
---@field taskStatus? awsjobs.iot.AuditTaskStatus A filter to limit the output to audits with the specified completion status: can be one of "IN_PROGRESS", "COMPLETED", "FAILED", or "CANCELED".
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListAuditTasksResponse
---@field tasks? awsjobs.iot.AuditTaskMetadata[] The audits that were performed during the specified time period.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListAuthorizersRequest
---@field pageSize? integer The maximum number of results to return at one time.
---@field marker? string A marker used to get the next set of results.
---@field ascendingOrder? boolean Return the list of authorizers in ascending alphabetical order.
---@field status? awsjobs.iot.AuthorizerStatus The status of the list authorizers request.

---@class awsjobs.iot.ListAuthorizersResponse
---@field authorizers? awsjobs.iot.AuthorizerSummary[] The authorizers.
---@field nextMarker? string A marker used to get the next set of results.

---@class awsjobs.iot.ListBillingGroupsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return per request.
---@field namePrefixFilter? string Limit the results to billing groups whose names have the given prefix.

---@class awsjobs.iot.ListBillingGroupsResponse
---@field billingGroups? awsjobs.iot.GroupNameAndArn[] The list of billing groups.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---Input for the ListCACertificates operation.
---@class awsjobs.iot.ListCACertificatesRequest
---@field pageSize? integer The result page size.
---@field marker? string The marker for the next set of results.
---@field ascendingOrder? boolean Determines the order of the results.
---@field templateName? string The name of the provisioning template.

---The output from the ListCACertificates operation.
---@class awsjobs.iot.ListCACertificatesResponse
---@field certificates? awsjobs.iot.CACertificate[] The CA certificates registered in your Amazon Web Services account.
---@field nextMarker? string The current position within the list of CA certificates.

---@class awsjobs.iot.ListCertificateProvidersRequest
---@field nextToken? string The token for the next set of results, or null if there are no more results.
---@field ascendingOrder? boolean Returns the list of certificate providers in ascending alphabetical order.

---@class awsjobs.iot.ListCertificateProvidersResponse
---@field certificateProviders? awsjobs.iot.CertificateProviderSummary[] The list of certificate providers in your Amazon Web Services account.
---@field nextToken? string The token for the next set of results, or null if there are no more results.

---The input to the ListCertificatesByCA operation.
---@class awsjobs.iot.ListCertificatesByCARequest
---@field caCertificateId string The ID of the CA certificate.
---@field pageSize? integer The result page size.
---@field marker? string The marker for the next set of results.
---@field ascendingOrder? boolean Specifies the order for results.

---The output of the ListCertificatesByCA operation.
---@class awsjobs.iot.ListCertificatesByCAResponse
---@field certificates? awsjobs.iot.Certificate[] The device certificates signed by the specified CA certificate.
---@field nextMarker? string The marker for the next set of results, or null if there are no additional results.

---The input for the ListCertificates operation.
---@class awsjobs.iot.ListCertificatesRequest
---@field pageSize? integer The result page size.
---@field marker? string The marker for the next set of results.
---@field ascendingOrder? boolean Specifies the order for results.

---The output of the ListCertificates operation.
---@class awsjobs.iot.ListCertificatesResponse
---@field certificates? awsjobs.iot.Certificate[] The descriptions of the certificates.
---@field nextMarker? string The marker for the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListCommandExecutionsRequest
---@field maxResults? integer The maximum number of results to return in this operation.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field namespace? awsjobs.iot.CommandNamespace The namespace of the command.
---@field status? awsjobs.iot.CommandExecutionStatus List all command executions for the device that have a particular status.
---@field sortOrder? awsjobs.iot.SortOrder Specify whether to list the command executions that were created in the ascending or descending order.
---@field startedTimeFilter? awsjobs.iot.TimeFilter List all command executions that started any time before or after the date and time that you specify.
---@field completedTimeFilter? awsjobs.iot.TimeFilter List all command executions that completed any time before or after the date and time that you specify.
---@field targetArn? string The Amazon Resource Number (ARN) of the target device.
---@field commandArn? string The Amazon Resource Number (ARN) of the command.

---@class awsjobs.iot.ListCommandExecutionsResponse
---@field commandExecutions? awsjobs.iot.CommandExecutionSummary[] The list of command executions.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListCommandsRequest
---@field maxResults? integer The maximum number of results to return in this operation.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field namespace? awsjobs.iot.CommandNamespace The namespace of the command.
---@field commandParameterName? string A filter that can be used to display the list of commands that have a specific command parameter name.
---@field sortOrder? awsjobs.iot.SortOrder Specify whether to list the commands that you have created in the ascending or descending order.

---@class awsjobs.iot.ListCommandsResponse
---@field commands? awsjobs.iot.CommandSummary[] The list of commands.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListCustomMetricsRequest
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListCustomMetricsResponse
---@field metricNames? string[] The name of the custom metric.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListDetectMitigationActionsExecutionsRequest
---@field taskId? string The unique identifier of the task.
---@field violationId? string The unique identifier of the violation.
---@field thingName? string The name of the thing whose mitigation actions are listed.
---@field startTime? awsjobs.Timestamp A filter to limit results to those found after the specified time.
---@field endTime? awsjobs.Timestamp The end of the time period for which ML Detect mitigation actions executions are returned.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListDetectMitigationActionsExecutionsResponse
---@field actionsExecutions? awsjobs.iot.DetectMitigationActionExecution[] List of actions executions.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListDetectMitigationActionsTasksRequest
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.
---@field startTime awsjobs.Timestamp A filter to limit results to those found after the specified time.
---@field endTime awsjobs.Timestamp The end of the time period for which ML Detect mitigation actions tasks are returned.

---@class awsjobs.iot.ListDetectMitigationActionsTasksResponse
---@field tasks? awsjobs.iot.DetectMitigationActionsTaskSummary[] The collection of ML Detect mitigation tasks that matched the filter criteria.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListDimensionsRequest
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to retrieve at one time.

---@class awsjobs.iot.ListDimensionsResponse
---@field dimensionNames? string[] A list of the names of the defined dimensions.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListDomainConfigurationsRequest
---@field marker? string The marker for the next set of results.
---@field pageSize? integer The result page size.
---@field serviceType? awsjobs.iot.ServiceType The type of service delivered by the endpoint.

---@class awsjobs.iot.ListDomainConfigurationsResponse
---@field domainConfigurations? awsjobs.iot.DomainConfigurationSummary[] A list of objects that contain summary information about the user's domain configurations.
---@field nextMarker? string The marker for the next set of results.

---@class awsjobs.iot.ListFleetMetricsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.

---@class awsjobs.iot.ListFleetMetricsResponse
---@field fleetMetrics? awsjobs.iot.FleetMetricNameAndArn[] The list of fleet metrics objects.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListIndicesRequest
---@field nextToken? string The token used to get the next set of results, or null if there are no additional results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListIndicesResponse
---@field indexNames? string[] The index names.
---@field nextToken? string The token used to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListJobExecutionsForJobRequest
---@field jobId string The unique identifier you assigned to this job when it was created.
---@field status? awsjobs.iot.JobExecutionStatus The status of the job.
---@field maxResults? integer The maximum number of results to be returned per request.
---@field nextToken? string The token to retrieve the next set of results.

---@class awsjobs.iot.ListJobExecutionsForJobResponse
---@field executionSummaries? awsjobs.iot.JobExecutionSummaryForJob[] A list of job execution summaries.
---@field nextToken? string The token for the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListJobExecutionsForThingRequest
---@field thingName string The thing name.
---@field status? awsjobs.iot.JobExecutionStatus An optional filter that lets you search for jobs that have the specified status.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.
---@field maxResults? integer The maximum number of results to be returned per request.
---@field nextToken? string The token to retrieve the next set of results.
---@field jobId? string The unique identifier you assigned to this job when it was created.

---@class awsjobs.iot.ListJobExecutionsForThingResponse
---@field executionSummaries? awsjobs.iot.JobExecutionSummaryForThing[] A list of job execution summaries.
---@field nextToken? string The token for the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListJobTemplatesRequest
---@field maxResults? integer The maximum number of results to return in the list.
---@field nextToken? string The token to use to return the next set of results in the list.

---@class awsjobs.iot.ListJobTemplatesResponse
---@field jobTemplates? awsjobs.iot.JobTemplateSummary[] A list of objects that contain information about the job templates.
---@field nextToken? string The token for the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListJobsRequest
---@field status? awsjobs.iot.JobStatus An optional filter that lets you search for jobs that have the specified status.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the job will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the job (SNAPSHOT).
---@field maxResults? integer The maximum number of results to return per request.
---@field nextToken? string The token to retrieve the next set of results.
---@field thingGroupName? string A filter that limits the returned jobs to those for the specified group.
---@field thingGroupId? string A filter that limits the returned jobs to those for the specified group.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.

---@class awsjobs.iot.ListJobsResponse
---@field jobs? awsjobs.iot.JobSummary[] A list of jobs.
---@field nextToken? string The token for the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListManagedJobTemplatesRequest
---@field templateName? string An optional parameter for template name.
---@field maxResults? integer Maximum number of entries that can be returned.
---@field nextToken? string The token to retrieve the next set of results.

---@class awsjobs.iot.ListManagedJobTemplatesResponse
---@field managedJobTemplates? awsjobs.iot.ManagedJobTemplateSummary[] A list of managed job templates that are returned.
---@field nextToken? string The token to retrieve the next set of results.

---@class awsjobs.iot.ListMetricValuesRequest
---@field thingName string The name of the thing for which security profile metric values are returned.
---@field metricName string The name of the security profile metric for which values are returned.
---@field dimensionName? string The dimension name.
---@field dimensionValueOperator? awsjobs.iot.DimensionValueOperator The dimension value operator.
---@field startTime awsjobs.Timestamp The start of the time period for which metric values are returned.
---@field endTime awsjobs.Timestamp The end of the time period for which metric values are returned.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListMetricValuesResponse
---@field metricDatumList? awsjobs.iot.MetricDatum[] The data the thing reports for the metric during the specified time period.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListMitigationActionsRequest
---@field actionType? awsjobs.iot.MitigationActionType Specify a value to limit the result to mitigation actions with a specific action type.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListMitigationActionsResponse
---@field actionIdentifiers? awsjobs.iot.MitigationActionIdentifier[] A set of actions that matched the specified filter criteria.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListOTAUpdatesRequest
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string A token used to retrieve the next set of results.
---@field otaUpdateStatus? awsjobs.iot.OTAUpdateStatus The OTA update job status.

---@class awsjobs.iot.ListOTAUpdatesResponse
---@field otaUpdates? awsjobs.iot.OTAUpdateSummary[] A list of OTA update jobs.
---@field nextToken? string A token to use to get the next set of results.

---The input to the ListOutgoingCertificates operation.
---@class awsjobs.iot.ListOutgoingCertificatesRequest
---@field pageSize? integer The result page size.
---@field marker? string The marker for the next set of results.
---@field ascendingOrder? boolean Specifies the order for results.

---The output from the ListOutgoingCertificates operation.
---@class awsjobs.iot.ListOutgoingCertificatesResponse
---@field outgoingCertificates? awsjobs.iot.OutgoingCertificate[] The certificates that are being transferred but not yet accepted.
---@field nextMarker? string The marker for the next set of results.

---@class awsjobs.iot.ListPackageVersionsRequest
---@field packageName string The name of the target software package.
---@field status? awsjobs.iot.PackageVersionStatus The status of the package version.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListPackageVersionsResponse
---@field packageVersionSummaries? awsjobs.iot.PackageVersionSummary[] Lists the package versions associated to the package.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListPackagesRequest
---@field maxResults? integer The maximum number of results returned at one time.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListPackagesResponse
---@field packageSummaries? awsjobs.iot.PackageSummary[] The software package summary.
---@field nextToken? string The token for the next set of results.

---The input for the ListPolicies operation.
---@class awsjobs.iot.ListPoliciesRequest
---@field marker? string The marker for the next set of results.
---@field pageSize? integer The result page size.
---@field ascendingOrder? boolean Specifies the order for results.

---The output from the ListPolicies operation.
---@class awsjobs.iot.ListPoliciesResponse
---@field policies? awsjobs.iot.Policy[] The descriptions of the policies.
---@field nextMarker? string The marker for the next set of results, or null if there are no additional results.

---The input for the ListPolicyPrincipals operation.
---@class awsjobs.iot.ListPolicyPrincipalsRequest
---@field policyName string The policy name.
---@field marker? string The marker for the next set of results.
---@field pageSize? integer The result page size.
---@field ascendingOrder? boolean Specifies the order for results.

---The output from the ListPolicyPrincipals operation.
---@class awsjobs.iot.ListPolicyPrincipalsResponse
---@field principals? string[] The descriptions of the principals.
---@field nextMarker? string The marker for the next set of results, or null if there are no additional results.

---The input for the ListPolicyVersions operation.
---@class awsjobs.iot.ListPolicyVersionsRequest
---@field policyName string The policy name.

---The output from the ListPolicyVersions operation.
---@class awsjobs.iot.ListPolicyVersionsResponse
---@field policyVersions? awsjobs.iot.PolicyVersion[] The policy versions.

---The input for the ListPrincipalPolicies operation.
---@class awsjobs.iot.ListPrincipalPoliciesRequest
---@field principal string The principal.
---@field marker? string The marker for the next set of results.
---@field pageSize? integer The result page size.
---@field ascendingOrder? boolean Specifies the order for results.

---The output from the ListPrincipalPolicies operation.
---@class awsjobs.iot.ListPrincipalPoliciesResponse
---@field policies? awsjobs.iot.Policy[] The policies.
---@field nextMarker? string The marker for the next set of results, or null if there are no additional results.

---The input for the ListPrincipalThings operation.
---@class awsjobs.iot.ListPrincipalThingsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field principal string The principal.

---The output from the ListPrincipalThings operation.
---@class awsjobs.iot.ListPrincipalThingsResponse
---@field things? string[] The things.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListPrincipalThingsV2Request
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field principal string The principal.
---@field thingPrincipalType? awsjobs.iot.ThingPrincipalType The type of the relation you want to filter in the response.

---@class awsjobs.iot.ListPrincipalThingsV2Response
---@field principalThingObjects? awsjobs.iot.PrincipalThingObject[] A list of thingPrincipalObject that represents the principal and the type of relation it has with the thing.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListProvisioningTemplateVersionsRequest
---@field templateName string The name of the provisioning template.
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string A token to retrieve the next set of results.

---@class awsjobs.iot.ListProvisioningTemplateVersionsResponse
---@field versions? awsjobs.iot.ProvisioningTemplateVersionSummary[] The list of provisioning template versions.
---@field nextToken? string A token to retrieve the next set of results.

---@class awsjobs.iot.ListProvisioningTemplatesRequest
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string A token to retrieve the next set of results.

---@class awsjobs.iot.ListProvisioningTemplatesResponse
---@field templates? awsjobs.iot.ProvisioningTemplateSummary[] A list of provisioning templates
---@field nextToken? string A token to retrieve the next set of results.

---@class awsjobs.iot.ListRelatedResourcesForAuditFindingRequest
---@field findingId string The finding Id.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListRelatedResourcesForAuditFindingResponse
---@field relatedResources? awsjobs.iot.RelatedResource[] The related resources.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null for the first API call.

---@class awsjobs.iot.ListRoleAliasesRequest
---@field pageSize? integer The maximum number of results to return at one time.
---@field marker? string A marker used to get the next set of results.
---@field ascendingOrder? boolean Return the list of role aliases in ascending alphabetical order.

---@class awsjobs.iot.ListRoleAliasesResponse
---@field roleAliases? string[] The role aliases.
---@field nextMarker? string A marker used to get the next set of results.

---@class awsjobs.iot.ListSbomValidationResultsRequest
---@field packageName string The name of the new software package.
---@field versionName string The name of the new package version.
---@field validationResult? awsjobs.iot.SbomValidationResult The end result of the
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListSbomValidationResultsResponse
---@field validationResultSummaries? awsjobs.iot.SbomValidationResultSummary[] A summary of the validation results for each software bill of materials attached to a software package version.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListScheduledAuditsRequest
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListScheduledAuditsResponse
---@field scheduledAudits? awsjobs.iot.ScheduledAuditMetadata[] The list of scheduled audits.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListSecurityProfilesForTargetRequest
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.
---@field recursive? boolean If true, return child groups too.
---@field securityProfileTargetArn string The ARN of the target (thing group) whose attached security profiles you want to get.

---@class awsjobs.iot.ListSecurityProfilesForTargetResponse
---@field securityProfileTargetMappings? awsjobs.iot.SecurityProfileTargetMapping[] A list of security profiles and their associated targets.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListSecurityProfilesRequest
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.
---@field dimensionName? string A filter to limit results to the security profiles that use the defined dimension.
---@field metricName? string The name of the custom metric.

---@class awsjobs.iot.ListSecurityProfilesResponse
---@field securityProfileIdentifiers? awsjobs.iot.SecurityProfileIdentifier[] A list of security profile identifiers (names and ARNs).
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListStreamsRequest
---@field maxResults? integer The maximum number of results to return at a time.
---@field nextToken? string A token used to get the next set of results.
---@field ascendingOrder? boolean Set to true to return the list of streams in ascending order.

---@class awsjobs.iot.ListStreamsResponse
---@field streams? awsjobs.iot.StreamSummary[] A list of streams.
---@field nextToken? string A token used to get the next set of results.

---@class awsjobs.iot.ListTagsForResourceRequest
---@field resourceArn string The ARN of the resource.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.

---@class awsjobs.iot.ListTagsForResourceResponse
---@field tags? awsjobs.iot.Tag[] The list of tags assigned to the resource.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListTargetsForPolicyRequest
---@field policyName string The policy name.
---@field marker? string A marker used to get the next set of results.
---@field pageSize? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListTargetsForPolicyResponse
---@field targets? string[] The policy targets.
---@field nextMarker? string A marker used to get the next set of results.

---@class awsjobs.iot.ListTargetsForSecurityProfileRequest
---@field securityProfileName string The security profile.
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListTargetsForSecurityProfileResponse
---@field securityProfileTargets? awsjobs.iot.SecurityProfileTarget[] The thing groups to which the security profile is attached.
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListThingGroupsForThingRequest
---@field thingName string The thing name.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListThingGroupsForThingResponse
---@field thingGroups? awsjobs.iot.GroupNameAndArn[] The thing groups.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListThingGroupsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return at one time.
---@field parentGroup? string A filter that limits the results to those with the specified parent group.
---@field namePrefixFilter? string A filter that limits the results to those with the specified name prefix.
---@field recursive? boolean If true, return child groups as well.

---@class awsjobs.iot.ListThingGroupsResponse
---@field thingGroups? awsjobs.iot.GroupNameAndArn[] The thing groups.
---@field nextToken? string The token to use to get the next set of results.

---The input for the ListThingPrincipal operation.
---@class awsjobs.iot.ListThingPrincipalsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field thingName string The name of the thing.

---The output from the ListThingPrincipals operation.
---@class awsjobs.iot.ListThingPrincipalsResponse
---@field principals? string[] The principals associated with the thing.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListThingPrincipalsV2Request
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field thingName string The name of the thing.
---@field thingPrincipalType? awsjobs.iot.ThingPrincipalType The type of the relation you want to filter in the response.

---@class awsjobs.iot.ListThingPrincipalsV2Response
---@field thingPrincipalObjects? awsjobs.iot.ThingPrincipalObject[] A list of thingPrincipalObject that represents the principal and the type of relation it has with the thing.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListThingRegistrationTaskReportsRequest
---@field taskId string The id of the task.
---@field reportType awsjobs.iot.ReportType The type of task report.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return per request.

---@class awsjobs.iot.ListThingRegistrationTaskReportsResponse
---@field resourceLinks? string[] Links to the task resources.
---@field reportType? awsjobs.iot.ReportType The type of task report.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListThingRegistrationTasksRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return at one time.
---@field status? awsjobs.iot.Status The status of the bulk thing provisioning task.

---@class awsjobs.iot.ListThingRegistrationTasksResponse
---@field taskIds? string[] A list of bulk thing provisioning task IDs.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---The input for the ListThingTypes operation.
---@class awsjobs.iot.ListThingTypesRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field thingTypeName? string The name of the thing type.

---The output for the ListThingTypes operation.
---@class awsjobs.iot.ListThingTypesResponse
---@field thingTypes? awsjobs.iot.ThingTypeDefinition[] The thing types.
---@field nextToken? string The token for the next set of results.

---@class awsjobs.iot.ListThingsInBillingGroupRequest
---@field billingGroupName string The name of the billing group.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return per request.

---@class awsjobs.iot.ListThingsInBillingGroupResponse
---@field things? string[] A list of things in the billing group.
---@field nextToken? string The token to use to get the next set of results.

---@class awsjobs.iot.ListThingsInThingGroupRequest
---@field thingGroupName string The thing group name.
---@field recursive? boolean When true, list things in this thing group and in all child groups as well.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListThingsInThingGroupResponse
---@field things? string[] The things in the specified thing group.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---The input for the ListThings operation.
---@class awsjobs.iot.ListThingsRequest
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return in this operation.
---@field attributeName? string The attribute name used to search for things.
---@field attributeValue? string The attribute value used to search for things.
---@field thingTypeName? string The name of the thing type used to search for things.
---@field usePrefixAttributeValue? boolean When true, the action returns the thing resources with attribute values that start with the attributeValue provided.

---The output from the ListThings operation.
---@class awsjobs.iot.ListThingsResponse
---@field things? awsjobs.iot.ThingAttribute[] The things.
---@field nextToken? string The token to use to get the next set of results.

---@class awsjobs.iot.ListTopicRuleDestinationsRequest
---@field maxResults? integer The maximum number of results to return at one time.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.

---@class awsjobs.iot.ListTopicRuleDestinationsResponse
---@field destinationSummaries? awsjobs.iot.TopicRuleDestinationSummary[] Information about a topic rule destination.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---The input for the ListTopicRules operation.
---@class awsjobs.iot.ListTopicRulesRequest
---@field topic? string The topic.
---@field maxResults? integer The maximum number of results to return.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field ruleDisabled? boolean Specifies whether the rule is disabled.

---The output from the ListTopicRules operation.
---@class awsjobs.iot.ListTopicRulesResponse
---@field rules? awsjobs.iot.TopicRuleListItem[] The rules.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListV2LoggingLevelsRequest
---@field targetType? awsjobs.iot.LogTargetType The type of resource for which you are configuring logging.
---@field nextToken? string To retrieve the next set of results, the nextToken value from a previous response; otherwise null to receive the first set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListV2LoggingLevelsResponse
---@field logTargetConfigurations? awsjobs.iot.LogTargetConfiguration[] The logging configuration for a target.
---@field nextToken? string The token to use to get the next set of results, or null if there are no additional results.

---@class awsjobs.iot.ListViolationEventsRequest
---@field startTime awsjobs.Timestamp The start time for the alerts to be listed.
---@field endTime awsjobs.Timestamp The end time for the alerts to be listed.
---@field thingName? string A filter to limit results to those alerts caused by the specified thing.
---@field securityProfileName? string A filter to limit results to those alerts generated by the specified security profile.
---@field behaviorCriteriaType? awsjobs.iot.BehaviorCriteriaType The criteria for a behavior.
---@field listSuppressedAlerts? boolean A list of all suppressed alerts.
---@field verificationState? awsjobs.iot.VerificationState The verification state of the violation (detect alarm).
---@field nextToken? string The token for the next set of results.
---@field maxResults? integer The maximum number of results to return at one time.

---@class awsjobs.iot.ListViolationEventsResponse
---@field violationEvents? awsjobs.iot.ViolationEvent[] The security profile violation alerts issued for this account during the given time period, potentially filtered by security profile, behavior violated, or...
---@field nextToken? string A token that can be used to retrieve the next set of results, or null if there are no additional results.

---The Amazon Location rule action sends device location updates from an MQTT message to an Amazon Location tracker resource.
---@class awsjobs.iot.LocationAction
---@field roleArn string The IAM role that grants permission to write to the Amazon Location resource.
---@field trackerName string The name of the tracker resource in Amazon Location in which the location is updated.
---@field deviceId string The unique ID of the device providing the location data.
---@field timestamp? awsjobs.iot.LocationTimestamp The time that the location data was sampled.
---@field latitude string A string that evaluates to a double value that represents the latitude of the device's location.
---@field longitude string A string that evaluates to a double value that represents the longitude of the device's location.

---Describes how to interpret an application-defined timestamp value from an MQTT message payload and the precision of that value.
---@class awsjobs.iot.LocationTimestamp
---@field value string An expression that returns a long epoch time value.
---@field unit? string The precision of the timestamp value that results from the expression described in value.

---Configuration for event-based logging that specifies which event types to log and their logging settings.
---@class awsjobs.iot.LogEventConfiguration
---@field eventType string The type of event to log.
---@field logLevel? awsjobs.iot.LogLevel The logging level for the specified event type.
---@field logDestination? string CloudWatch Log Group for event-based logging.

---A log target.
---@class awsjobs.iot.LogTarget
---@field targetType awsjobs.iot.LogTargetType The target type.
---@field targetName? string The target name.

---The target configuration.
---@class awsjobs.iot.LogTargetConfiguration
---@field logTarget? awsjobs.iot.LogTarget A log target
---@field logLevel? awsjobs.iot.LogLevel The logging level.

---Describes the logging options payload.
---@class awsjobs.iot.LoggingOptionsPayload
---@field roleArn string The ARN of the IAM role that grants access.
---@field logLevel? awsjobs.iot.LogLevel The log level.

---The configuration of an ML Detect Security Profile.
---@class awsjobs.iot.MachineLearningDetectionConfig
---@field confidenceLevel awsjobs.iot.ConfidenceLevel The sensitivity of anomalous behavior evaluation.

---An optional configuration within the SchedulingConfig to setup a recurring maintenance window with a predetermined start time and duration for the rollout of a job document to all devices in a...
---@class awsjobs.iot.MaintenanceWindow
---@field startTime string Displays the start time of the next maintenance window.
---@field durationInMinutes integer Displays the duration of the next maintenance window.

---The policy documentation is not valid.
---(The members of `err.data` when `err.code` is MalformedPolicyException.)
---@class awsjobs.iot.MalformedPolicyException
---@field message? string The message for the exception.

---An object that contains information about the managed template.
---@class awsjobs.iot.ManagedJobTemplateSummary
---@field templateArn? string The Amazon Resource Name (ARN) for a managed template.
---@field templateName? string The unique Name for a managed template.
---@field description? string The description for a managed template.
---@field environments? string[] A list of environments that are supported with the managed job template.
---@field templateVersion? string The version for a managed template.

---A metric.
---@class awsjobs.iot.MetricDatum
---@field timestamp? awsjobs.Timestamp The time the metric value was reported.
---@field value? awsjobs.iot.MetricValue The value reported for the metric.

---The dimension of a metric.
---@class awsjobs.iot.MetricDimension
---@field dimensionName string A unique identifier for the dimension.
---@field operator? awsjobs.iot.DimensionValueOperator Defines how the dimensionValues of a dimension are interpreted.

---The metric you want to retain.
---@class awsjobs.iot.MetricToRetain
---@field metric string What is measured by the behavior.
---@field metricDimension? awsjobs.iot.MetricDimension The dimension of a metric.
---@field exportMetric? boolean The value indicates exporting metrics related to the MetricToRetain when it's true.

---The value to be compared with the metric.
---@class awsjobs.iot.MetricValue
---@field count? integer If the comparisonOperator calls for a numeric value, use this to specify that numeric value to be compared with the metric.
---@field cidrs? string[] If the comparisonOperator calls for a set of CIDRs, use this to specify that set to be compared with the metric.
---@field ports? integer[] If the comparisonOperator calls for a set of ports, use this to specify that set to be compared with the metric.
---@field number? number The numeral value of a metric.
---@field numbers? number[] The numeral values of a metric.
---@field strings? string[] The string values of a metric.

---Set configurations for metrics export.
---@class awsjobs.iot.MetricsExportConfig
---@field mqttTopic string The MQTT topic that Device Defender Detect should publish messages to for metrics export.
---@field roleArn string This role ARN has permission to publish MQTT messages, after which Device Defender Detect can assume the role and publish messages on your behalf.

---Describes which changes should be applied as part of a mitigation action.
---@class awsjobs.iot.MitigationAction
---@field name? string A user-friendly name for the mitigation action.
---@field id? string A unique identifier for the mitigation action.
---@field roleArn? string The IAM role ARN used to apply this mitigation action.
---@field actionParams? awsjobs.iot.MitigationActionParams The set of parameters for this mitigation action.

---Information that identifies a mitigation action.
---@class awsjobs.iot.MitigationActionIdentifier
---@field actionName? string The friendly name of the mitigation action.
---@field actionArn? string The IAM role ARN used to apply this mitigation action.
---@field creationDate? awsjobs.Timestamp The date when this mitigation action was created.

---The set of parameters for this mitigation action.
---@class awsjobs.iot.MitigationActionParams
---@field updateDeviceCertificateParams? awsjobs.iot.UpdateDeviceCertificateParams Parameters to define a mitigation action that changes the state of the device certificate to inactive.
---@field updateCACertificateParams? awsjobs.iot.UpdateCACertificateParams Parameters to define a mitigation action that changes the state of the CA certificate to inactive.
---@field addThingsToThingGroupParams? awsjobs.iot.AddThingsToThingGroupParams Parameters to define a mitigation action that moves devices associated with a certificate to one or more specified thing groups, typically for quarantine.
---@field replaceDefaultPolicyVersionParams? awsjobs.iot.ReplaceDefaultPolicyVersionParams Parameters to define a mitigation action that adds a blank policy to restrict permissions.
---@field enableIoTLoggingParams? awsjobs.iot.EnableIoTLoggingParams Parameters to define a mitigation action that enables Amazon Web Services IoT Core logging at a specified level of detail.
---@field publishFindingToSnsParams? awsjobs.iot.PublishFindingToSnsParams Parameters to define a mitigation action that publishes findings to Amazon Simple Notification Service (Amazon SNS.

---The configuration to add user-defined properties to enrich MQTT 5 messages.
---@class awsjobs.iot.Mqtt5Configuration
---@field propagatingAttributes? awsjobs.iot.PropagatingAttribute[] An object that represents the propagating thing attributes and the connection attributes.

---Specifies the MQTT context to use for the test authorizer request
---@class awsjobs.iot.MqttContext
---@field username? string The value of the username key in an MQTT authorization request.
---@field password? string The value of the password key in an MQTT authorization request.
---@field clientId? string The value of the clientId key in an MQTT authorization request.

---Specifies MQTT Version 5.0 headers information.
---@class awsjobs.iot.MqttHeaders
---@field payloadFormatIndicator? string An Enum string value that indicates whether the payload is formatted as UTF-8.
---@field contentType? string A UTF-8 encoded string that describes the content of the publishing message.
---@field responseTopic? string A UTF-8 encoded string that's used as the topic name for a response message.
---@field correlationData? string The base64-encoded binary data used by the sender of the request message to identify which request the response message is for when it's received.
---@field messageExpiry? string A user-defined integer value that will persist a message at the message broker for a specified amount of time to ensure that the message will expire if it's...
---@field userProperties? awsjobs.iot.UserProperty[] An array of key-value pairs that you define in the MQTT5 header.

---Information about the resource that was noncompliant with the audit check.
---@class awsjobs.iot.NonCompliantResource
---@field resourceType? awsjobs.iot.ResourceType The type of the noncompliant resource.
---@field resourceIdentifier? awsjobs.iot.ResourceIdentifier Information that identifies the noncompliant resource.
---@field additionalInfo? table<string, string> Other information about the noncompliant resource.

---The resource is not configured.
---(The members of `err.data` when `err.code` is NotConfiguredException.)
---@class awsjobs.iot.NotConfiguredException
---@field message? string The message for the exception.

---Describes a file to be associated with an OTA update.
---@class awsjobs.iot.OTAUpdateFile
---@field fileName? string The name of the file.
---@field fileType? integer An integer value you can include in the job document to allow your devices to identify the type of file received from the cloud.
---@field fileVersion? string The file version.
---@field fileLocation? awsjobs.iot.FileLocation The location of the updated firmware.
---@field codeSigning? awsjobs.iot.CodeSigning The code signing method of the file.
---@field attributes? table<string, string> A list of name-attribute pairs.

---Information about an OTA update.
---@class awsjobs.iot.OTAUpdateInfo
---@field otaUpdateId? string The OTA update ID.
---@field otaUpdateArn? string The OTA update ARN.
---@field creationDate? awsjobs.Timestamp The date when the OTA update was created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the OTA update was last updated.
---@field description? string A description of the OTA update.
---@field targets? string[] The targets of the OTA update.
---@field protocols? awsjobs.iot.Protocol[] The protocol used to transfer the OTA update image.
---@field awsJobExecutionsRolloutConfig? awsjobs.iot.AwsJobExecutionsRolloutConfig Configuration for the rollout of OTA updates.
---@field awsJobPresignedUrlConfig? awsjobs.iot.AwsJobPresignedUrlConfig Configuration information for pre-signed URLs.
---@field targetSelection? awsjobs.iot.TargetSelection Specifies whether the OTA update will continue to run (CONTINUOUS), or will be complete after all those things specified as targets have completed the OTA...
---@field otaUpdateFiles? awsjobs.iot.OTAUpdateFile[] A list of files associated with the OTA update.
---@field otaUpdateStatus? awsjobs.iot.OTAUpdateStatus The status of the OTA update.
---@field awsIotJobId? string The IoT job ID associated with the OTA update.
---@field awsIotJobArn? string The IoT job ARN associated with the OTA update.
---@field errorInfo? awsjobs.iot.ErrorInfo Error information associated with the OTA update.
---@field additionalParameters? table<string, string> A collection of name/value pairs

---An OTA update summary.
---@class awsjobs.iot.OTAUpdateSummary
---@field otaUpdateId? string The OTA update ID.
---@field otaUpdateArn? string The OTA update ARN.
---@field creationDate? awsjobs.Timestamp The date when the OTA update was created.

---Describes an action that writes data to an Amazon OpenSearch Service domain.
---@class awsjobs.iot.OpenSearchAction
---@field roleArn string The IAM role ARN that has access to OpenSearch.
---@field endpoint string The endpoint of your OpenSearch domain.
---@field index string The OpenSearch index where you want to store your data.
---@field type string The type of document you are storing.
---@field id string The unique identifier for the document you are storing.

---A certificate that has been transferred but not yet accepted.
---@class awsjobs.iot.OutgoingCertificate
---@field certificateArn? string The certificate ARN.
---@field certificateId? string The certificate ID.
---@field transferredTo? string The Amazon Web Services account to which the transfer was made.
---@field transferDate? awsjobs.Timestamp The date the transfer was initiated.
---@field transferMessage? string The transfer message.
---@field creationDate? awsjobs.Timestamp The certificate creation date.

---A summary of information about a software package.
---@class awsjobs.iot.PackageSummary
---@field packageName? string The name for the target software package.
---@field defaultVersionName? string The name of the default package version.
---@field creationDate? awsjobs.Timestamp The date that the package was created.
---@field lastModifiedDate? awsjobs.Timestamp The date that the package was last updated.

---A specific package version artifact associated with a software package version.
---@class awsjobs.iot.PackageVersionArtifact
---@field s3Location? awsjobs.iot.S3Location

---A summary of information about a package version.
---@class awsjobs.iot.PackageVersionSummary
---@field packageName? string The name of the associated software package.
---@field versionName? string The name of the target package version.
---@field status? awsjobs.iot.PackageVersionStatus The status of the package version.
---@field creationDate? awsjobs.Timestamp The date that the package version was created.
---@field lastModifiedDate? awsjobs.Timestamp The date that the package version was last updated.

---Describes the percentile and percentile value.
---@class awsjobs.iot.PercentPair
---@field percent? number The percentile.
---@field value? number The value of the percentile.

---Describes an IoT policy.
---@class awsjobs.iot.Policy
---@field policyName? string The policy name.
---@field policyArn? string The policy ARN.

---Describes a policy version.
---@class awsjobs.iot.PolicyVersion
---@field versionId? string The policy version ID.
---@field isDefaultVersion? boolean Specifies whether the policy version is the default.
---@field createDate? awsjobs.Timestamp The date and time the policy was created.

---Information about the version of the policy associated with the resource.
---@class awsjobs.iot.PolicyVersionIdentifier
---@field policyName? string The name of the policy.
---@field policyVersionId? string The ID of the version of the policy associated with the resource.

---Configuration for pre-signed S3 URLs.
---@class awsjobs.iot.PresignedUrlConfig
---@field roleArn? string The ARN of an IAM role that grants permission to download files from the S3 bucket where the job data/updates are stored.
---@field expiresInSec? integer How long (in seconds) pre-signed URLs are valid.

---An object that represents the thing and the type of relation it has with the principal.
---@class awsjobs.iot.PrincipalThingObject
---@field thingName string The name of the thing.
---@field thingPrincipalType? awsjobs.iot.ThingPrincipalType The type of the relation you want to specify when you attach a principal to a thing.

---An object that represents the connection attribute, thing attribute, and the user property key.
---@class awsjobs.iot.PropagatingAttribute
---@field userPropertyKey? string The key of the user property key-value pair.
---@field thingAttribute? string The user-defined thing attribute that is propagating for MQTT 5 message enrichment.
---@field connectionAttribute? string The attribute associated with the connection between a device and Amazon Web Services IoT Core.

---Structure that contains payloadVersion and targetArn.
---@class awsjobs.iot.ProvisioningHook
---@field payloadVersion? string The payload that was sent to the target function.
---@field targetArn string The ARN of the target function.

---A summary of information about a provisioning template.
---@class awsjobs.iot.ProvisioningTemplateSummary
---@field templateArn? string The ARN of the provisioning template.
---@field templateName? string The name of the provisioning template.
---@field description? string The description of the provisioning template.
---@field creationDate? awsjobs.Timestamp The date when the provisioning template summary was created.
---@field lastModifiedDate? awsjobs.Timestamp The date when the provisioning template summary was last modified.
---@field enabled? boolean True if the fleet provision template is enabled, otherwise false.
---@field type? awsjobs.iot.TemplateType The type you define in a provisioning template.

---A summary of information about a fleet provision template version.
---@class awsjobs.iot.ProvisioningTemplateVersionSummary
---@field versionId? integer The ID of the fleet provisioning template version.
---@field creationDate? awsjobs.Timestamp The date when the provisioning template version was created
---@field isDefaultVersion? boolean True if the provisioning template version is the default version, otherwise false.

---Parameters to define a mitigation action that publishes findings to Amazon SNS.
---@class awsjobs.iot.PublishFindingToSnsParams
---@field topicArn string The ARN of the topic to which you want to publish the findings.

---An asset property value entry containing the following information.
---@class awsjobs.iot.PutAssetPropertyValueEntry
---@field entryId? string Optional.
---@field assetId? string The ID of the IoT SiteWise asset.
---@field propertyId? string The ID of the asset's property.
---@field propertyAlias? string The name of the property alias associated with your asset property.
---@field propertyValues awsjobs.iot.AssetPropertyValue[] A list of property values to insert that each contain timestamp, quality, and value (TQV) information.

---The input for the DynamoActionVS action that specifies the DynamoDB table to which the message data will be written.
---@class awsjobs.iot.PutItemInput
---@field tableName string The table where the message data will be written.

---@class awsjobs.iot.PutVerificationStateOnViolationRequest
---@field violationId string The violation ID.
---@field verificationState awsjobs.iot.VerificationState The verification state of the violation.
---@field verificationStateDescription? string The description of the verification state of the violation (detect alarm).

---@class awsjobs.iot.PutVerificationStateOnViolationResponse

---Allows you to define a criteria to initiate the increase in rate of rollout for a job.
---@class awsjobs.iot.RateIncreaseCriteria
---@field numberOfNotifiedThings? integer The threshold for number of notified things that will initiate the increase in rate of rollout.
---@field numberOfSucceededThings? integer The threshold for number of succeeded things that will initiate the increase in rate of rollout.

---The input to the RegisterCACertificate operation.
---@class awsjobs.iot.RegisterCACertificateRequest
---@field caCertificate string The CA certificate.
---@field verificationCertificate? string The private key verification certificate.
---@field setAsActive? boolean A boolean value that specifies if the CA certificate is set to active.
---@field allowAutoRegistration? boolean Allows this CA certificate to be used for auto registration of device certificates.
---@field registrationConfig? awsjobs.iot.RegistrationConfig Information about the registration configuration.
---@field tags? awsjobs.iot.Tag[] Metadata which can be used to manage the CA certificate.
---@field certificateMode? awsjobs.iot.CertificateMode Describes the certificate mode in which the Certificate Authority (CA) will be registered.

---The output from the RegisterCACertificateResponse operation.
---@class awsjobs.iot.RegisterCACertificateResponse
---@field certificateArn? string The CA certificate ARN.
---@field certificateId? string The CA certificate identifier.

---The input to the RegisterCertificate operation.
---@class awsjobs.iot.RegisterCertificateRequest
---@field certificatePem string The certificate data, in PEM format.
---@field caCertificatePem? string The CA certificate used to sign the device certificate being registered.
---@field setAsActive? boolean A boolean value that specifies if the certificate is set to active.
---@field status? awsjobs.iot.CertificateStatus The status of the register certificate request.

---The output from the RegisterCertificate operation.
---@class awsjobs.iot.RegisterCertificateResponse
---@field certificateArn? string The certificate ARN.
---@field certificateId? string The certificate identifier.

---@class awsjobs.iot.RegisterCertificateWithoutCARequest
---@field certificatePem string The certificate data, in PEM format.
---@field status? awsjobs.iot.CertificateStatus The status of the register certificate request.

---@class awsjobs.iot.RegisterCertificateWithoutCAResponse
---@field certificateArn? string The Amazon Resource Name (ARN) of the registered certificate.
---@field certificateId? string The ID of the registered certificate.

---@class awsjobs.iot.RegisterThingRequest
---@field templateBody string The provisioning template.
---@field parameters? table<string, string> The parameters for provisioning a thing.

---@class awsjobs.iot.RegisterThingResponse
---@field certificatePem? string The certificate data, in PEM format.
---@field resourceArns? table<string, string> ARNs for the generated resources.

---The registration code is invalid.
---(The members of `err.data` when `err.code` is RegistrationCodeValidationException.)
---@class awsjobs.iot.RegistrationCodeValidationException
---@field message? string Additional information about the exception.

---The registration configuration.
---@class awsjobs.iot.RegistrationConfig
---@field templateBody? string The template body.
---@field roleArn? string The ARN of the role.
---@field templateName? string The name of the provisioning template.

---The input for the RejectCertificateTransfer operation.
---@class awsjobs.iot.RejectCertificateTransferRequest
---@field certificateId string The ID of the certificate.
---@field rejectReason? string The reason the certificate transfer was rejected.

---Information about a related resource.
---@class awsjobs.iot.RelatedResource
---@field resourceType? awsjobs.iot.ResourceType The type of resource.
---@field resourceIdentifier? awsjobs.iot.ResourceIdentifier Information that identifies the resource.
---@field additionalInfo? table<string, string> Other information about the resource.

---@class awsjobs.iot.RemoveThingFromBillingGroupRequest
---@field billingGroupName? string The name of the billing group.
---@field billingGroupArn? string The ARN of the billing group.
---@field thingName? string The name of the thing to be removed from the billing group.
---@field thingArn? string The ARN of the thing to be removed from the billing group.

---@class awsjobs.iot.RemoveThingFromBillingGroupResponse

---@class awsjobs.iot.RemoveThingFromThingGroupRequest
---@field thingGroupName? string The group name.
---@field thingGroupArn? string The group ARN.
---@field thingName? string The name of the thing to remove from the group.
---@field thingArn? string The ARN of the thing to remove from the group.

---@class awsjobs.iot.RemoveThingFromThingGroupResponse

---Parameters to define a mitigation action that adds a blank policy to restrict permissions.
---@class awsjobs.iot.ReplaceDefaultPolicyVersionParams
---@field templateName awsjobs.iot.PolicyTemplateName The name of the template to be applied.

---The input for the ReplaceTopicRule operation.
---@class awsjobs.iot.ReplaceTopicRuleRequest
---@field ruleName string The name of the rule.
---@field topicRulePayload awsjobs.iot.TopicRulePayload The rule payload.

---Describes an action to republish to another topic.
---@class awsjobs.iot.RepublishAction
---@field roleArn string The ARN of the IAM role that grants access.
---@field topic string The name of the MQTT topic.
---@field qos? integer The Quality of Service (QoS) level to use when republishing messages.
---@field headers? awsjobs.iot.MqttHeaders MQTT Version 5.0 headers information.

---The resource already exists.
---(The members of `err.data` when `err.code` is ResourceAlreadyExistsException.)
---@class awsjobs.iot.ResourceAlreadyExistsException
---@field message? string The message for the exception.
---@field resourceId? string The ID of the resource that caused the exception.
---@field resourceArn? string The ARN of the resource that caused the exception.

---Information that identifies the noncompliant resource.
---@class awsjobs.iot.ResourceIdentifier
---@field deviceCertificateId? string The ID of the certificate attached to the resource.
---@field caCertificateId? string The ID of the CA certificate used to authorize the certificate.
---@field cognitoIdentityPoolId? string The ID of the Amazon Cognito identity pool.
---@field clientId? string The client ID.
---@field policyVersionIdentifier? awsjobs.iot.PolicyVersionIdentifier The version of the policy associated with the resource.
---@field account? string The account with which the resource is associated.
---@field iamRoleArn? string The ARN of the IAM role that has overly permissive actions.
---@field roleAliasArn? string The ARN of the role alias that has overly permissive actions.
---@field issuerCertificateIdentifier? awsjobs.iot.IssuerCertificateIdentifier The issuer certificate identifier.
---@field deviceCertificateArn? string The ARN of the identified device certificate.

---The specified resource does not exist.
---(The members of `err.data` when `err.code` is ResourceNotFoundException.)
---@class awsjobs.iot.ResourceNotFoundException
---@field message? string The message for the exception.

---The resource registration failed.
---(The members of `err.data` when `err.code` is ResourceRegistrationFailureException.)
---@class awsjobs.iot.ResourceRegistrationFailureException
---@field message? string The message for the exception.

---The criteria that determines how many retries are allowed for each failure type for a job.
---@class awsjobs.iot.RetryCriteria
---@field failureType awsjobs.iot.RetryableFailureType The type of job execution failures that can initiate a job retry.
---@field numberOfRetries integer The number of retries allowed for a failure type for the job.

---Role alias description.
---@class awsjobs.iot.RoleAliasDescription
---@field roleAlias? string The role alias.
---@field roleAliasArn? string The ARN of the role alias.
---@field roleArn? string The role ARN.
---@field owner? string The role alias owner.
---@field credentialDurationSeconds? integer The number of seconds for which the credential is valid.
---@field creationDate? awsjobs.Timestamp The UNIX timestamp of when the role alias was created.
---@field lastModifiedDate? awsjobs.Timestamp The UNIX timestamp of when the role alias was last modified.

---Describes an action to write data to an Amazon S3 bucket.
---@class awsjobs.iot.S3Action
---@field roleArn string The ARN of the IAM role that grants access.
---@field bucketName string The Amazon S3 bucket.
---@field key string The object key.
---@field cannedAcl? awsjobs.iot.CannedAccessControlList The Amazon S3 canned ACL that controls access to the object identified by the object key.

---Describes the location of updated firmware in S3.
---@class awsjobs.iot.S3Destination
---@field bucket? string The S3 bucket that contains the updated firmware.
---@field prefix? string The S3 prefix.

---The S3 location.
---@class awsjobs.iot.S3Location
---@field bucket? string The S3 bucket.
---@field key? string The S3 key.
---@field version? string The S3 bucket version.

---Describes an action to write a message to a Salesforce IoT Cloud Input Stream.
---@class awsjobs.iot.SalesforceAction
---@field token string The token used to authenticate access to the Salesforce IoT Cloud Input Stream.
---@field url string The URL exposed by the Salesforce IoT Cloud Input Stream.

---A specific software bill of matrerials associated with a software package version.
---@class awsjobs.iot.Sbom
---@field s3Location? awsjobs.iot.S3Location

---A summary of the validation results for a specific software bill of materials (SBOM) attached to a software package version.
---@class awsjobs.iot.SbomValidationResultSummary
---@field fileName? string The name of the SBOM file.
---@field validationResult? awsjobs.iot.SbomValidationResult The end result of the SBOM validation.
---@field errorCode? awsjobs.iot.SbomValidationErrorCode The errorCode representing the validation failure error if the SBOM validation failed.
---@field errorMessage? string The errorMessage representing the validation failure error if the SBOM validation failed.

---Information about the scheduled audit.
---@class awsjobs.iot.ScheduledAuditMetadata
---@field scheduledAuditName? string The name of the scheduled audit.
---@field scheduledAuditArn? string The ARN of the scheduled audit.
---@field frequency? awsjobs.iot.AuditFrequency How often the scheduled audit occurs.
---@field dayOfMonth? string The day of the month on which the scheduled audit is run (if the frequency is "MONTHLY").
---@field dayOfWeek? awsjobs.iot.DayOfWeek The day of the week on which the scheduled audit is run (if the frequency is "WEEKLY" or "BIWEEKLY").

---Displays the next seven maintenance window occurrences and their start times.
---@class awsjobs.iot.ScheduledJobRollout
---@field startTime? string Displays the start times of the next seven maintenance window occurrences.

---Specifies the date and time that a job will begin the rollout of the job document to all devices in the target group.
---@class awsjobs.iot.SchedulingConfig
---@field startTime? string The time a job will begin rollout of the job document to all devices in the target group for a job.
---@field endTime? string The time a job will stop rollout of the job document to all devices in the target group for a job.
---@field endBehavior? awsjobs.iot.JobEndBehavior Specifies the end behavior for all job executions after a job reaches the selected endTime.
---@field maintenanceWindows? awsjobs.iot.MaintenanceWindow[] An optional configuration within the SchedulingConfig to setup a recurring maintenance window with a predetermined start time and duration for the rollout...

---@class awsjobs.iot.SearchIndexRequest
---@field indexName? string The search index name.
---@field queryString string The search query string.
---@field nextToken? string The token used to get the next set of results, or null if there are no additional results.
---@field maxResults? integer The maximum number of results to return per page at one time.
---@field queryVersion? string The query version.

---@class awsjobs.iot.SearchIndexResponse
---@field nextToken? string The token used to get the next set of results, or null if there are no additional results.
---@field things? awsjobs.iot.ThingDocument[] The things that match the search query.
---@field thingGroups? awsjobs.iot.ThingGroupDocument[] The thing groups that match the search query.

---Identifying information for a Device Defender security profile.
---@class awsjobs.iot.SecurityProfileIdentifier
---@field name string The name you've given to the security profile.
---@field arn string The ARN of the security profile.

---A target to which an alert is sent when a security profile behavior is violated.
---@class awsjobs.iot.SecurityProfileTarget
---@field arn string The ARN of the security profile.

---Information about a security profile and the target associated with it.
---@class awsjobs.iot.SecurityProfileTargetMapping
---@field securityProfileIdentifier? awsjobs.iot.SecurityProfileIdentifier Information that identifies the security profile.
---@field target? awsjobs.iot.SecurityProfileTarget Information about the target (thing group) associated with the security profile.

---The server certificate configuration.
---@class awsjobs.iot.ServerCertificateConfig
---@field enableOCSPCheck? boolean A Boolean value that indicates whether Online Certificate Status Protocol (OCSP) server certificate check is enabled or not.
---@field ocspLambdaArn? string The Amazon Resource Name (ARN) for a Lambda function that acts as a Request for Comments (RFC) 6960-compliant Online Certificate Status Protocol (OCSP)...
---@field ocspAuthorizedResponderArn? string The Amazon Resource Name (ARN) for an X.509 certificate stored in Amazon Web Services Certificate Manager (ACM).

---An object that contains information about a server certificate.
---@class awsjobs.iot.ServerCertificateSummary
---@field serverCertificateArn? string The ARN of the server certificate.
---@field serverCertificateStatus? awsjobs.iot.ServerCertificateStatus The status of the server certificate.
---@field serverCertificateStatusDetail? string Details that explain the status of the server certificate.

---Service quota has been exceeded.
---(The members of `err.data` when `err.code` is ServiceQuotaExceededException.)
---@class awsjobs.iot.ServiceQuotaExceededException
---@field message? string

---The service is temporarily unavailable.
---(The members of `err.data` when `err.code` is ServiceUnavailableException.)
---@class awsjobs.iot.ServiceUnavailableException
---@field message? string The message for the exception.

---@class awsjobs.iot.SetDefaultAuthorizerRequest
---@field authorizerName string The authorizer name.

---@class awsjobs.iot.SetDefaultAuthorizerResponse
---@field authorizerName? string The authorizer name.
---@field authorizerArn? string The authorizer ARN.

---The input for the SetDefaultPolicyVersion operation.
---@class awsjobs.iot.SetDefaultPolicyVersionRequest
---@field policyName string The policy name.
---@field policyVersionId string The policy version ID.

---The input for the SetLoggingOptions operation.
---@class awsjobs.iot.SetLoggingOptionsRequest
---@field loggingOptionsPayload awsjobs.iot.LoggingOptionsPayload The logging options payload.

---@class awsjobs.iot.SetV2LoggingLevelRequest
---@field logTarget awsjobs.iot.LogTarget The log target.
---@field logLevel awsjobs.iot.LogLevel The log level.

---@class awsjobs.iot.SetV2LoggingOptionsRequest
---@field roleArn? string The ARN of the role that allows IoT to write to Cloudwatch logs.
---@field defaultLogLevel? awsjobs.iot.LogLevel The default logging level.
---@field disableAllLogs? boolean If true all logs are disabled.
---@field eventConfigurations? awsjobs.iot.LogEventConfiguration[] The list of event configurations that override account-level logging.

---For more information, see Signature Version 4 signing process.
---@class awsjobs.iot.SigV4Authorization
---@field signingRegion string The signing region.
---@field serviceName string The service name to use while signing with Sig V4.
---@field roleArn string The ARN of the signing role.

---Describes the code-signing profile.
---@class awsjobs.iot.SigningProfileParameter
---@field certificateArn? string Certificate ARN.
---@field platform? string The hardware platform of your device.
---@field certificatePathOnDevice? string The location of the code-signing certificate on your device.

---Describes an action to publish to an Amazon SNS topic.
---@class awsjobs.iot.SnsAction
---@field targetArn string The ARN of the SNS topic.
---@field roleArn string The ARN of the IAM role that grants access.
---@field messageFormat? awsjobs.iot.MessageFormat # (Optional) The message format of the message to publish.

---The Rule-SQL expression can't be parsed correctly.
---(The members of `err.data` when `err.code` is SqlParseException.)
---@class awsjobs.iot.SqlParseException
---@field message? string The message for the exception.

---Describes an action to publish data to an Amazon SQS queue.
---@class awsjobs.iot.SqsAction
---@field roleArn string The ARN of the IAM role that grants access.
---@field queueUrl string The URL of the Amazon SQS queue.
---@field useBase64? boolean Specifies whether to use Base64 encoding.

---@class awsjobs.iot.StartAuditMitigationActionsTaskRequest
---@field taskId string A unique identifier for the task.
---@field target awsjobs.iot.AuditMitigationActionsTaskTarget Specifies the audit findings to which the mitigation actions are applied.
---@field auditCheckToActionsMapping table<string, string[]> For an audit check, specifies which mitigation actions to apply.
---@field clientRequestToken string Each audit mitigation task must have a unique client request token.

---@class awsjobs.iot.StartAuditMitigationActionsTaskResponse
---@field taskId? string The unique identifier for the audit mitigation task.

---@class awsjobs.iot.StartDetectMitigationActionsTaskRequest
---@field taskId string The unique identifier of the task.
---@field target awsjobs.iot.DetectMitigationActionsTaskTarget Specifies the ML Detect findings to which the mitigation actions are applied.
---@field actions string[] The actions to be performed when a device has unexpected behavior.
---@field violationEventOccurrenceRange? awsjobs.iot.ViolationEventOccurrenceRange Specifies the time period of which violation events occurred between.
---@field includeOnlyActiveViolations? boolean Specifies to list only active violations.
---@field includeSuppressedAlerts? boolean Specifies to include suppressed alerts.
---@field clientRequestToken string Each mitigation action task must have a unique client request token.

---@class awsjobs.iot.StartDetectMitigationActionsTaskResponse
---@field taskId? string The unique identifier of the task.

---@class awsjobs.iot.StartOnDemandAuditTaskRequest
---@field targetCheckNames string[] Which checks are performed during the audit.

---@class awsjobs.iot.StartOnDemandAuditTaskResponse
---@field taskId? string The ID of the on-demand audit you started.

---Information required to start a signing job.
---@class awsjobs.iot.StartSigningJobParameter
---@field signingProfileParameter? awsjobs.iot.SigningProfileParameter Describes the code-signing profile.
---@field signingProfileName? string The code-signing profile name.
---@field destination? awsjobs.iot.Destination The location to write the code-signed file.

---@class awsjobs.iot.StartThingRegistrationTaskRequest
---@field templateBody string The provisioning template.
---@field inputFileBucket string The S3 bucket that contains the input file.
---@field inputFileKey string The name of input file within the S3 bucket.
---@field roleArn string The IAM role ARN that grants permission the input file.

---@class awsjobs.iot.StartThingRegistrationTaskResponse
---@field taskId? string The bulk thing provisioning task ID.

---A statistical ranking (percentile) that indicates a threshold value by which a behavior is determined to be in compliance or in violation of the behavior.
---@class awsjobs.iot.StatisticalThreshold
---@field statistic? string The percentile that resolves to a threshold value by which compliance with a behavior is determined.

---A map of key-value pairs for all supported statistics.
---@class awsjobs.iot.Statistics
---@field count? integer The count of things that match the query string criteria and contain a valid aggregation field value.
---@field average? number The average of the aggregated field values.
---@field sum? number The sum of the aggregated field values.
---@field minimum? number The minimum aggregated field value.
---@field maximum? number The maximum aggregated field value.
---@field sumOfSquares? number The sum of the squares of the aggregated field values.
---@field variance? number The variance of the aggregated field values.
---@field stdDeviation? number The standard deviation of the aggregated field values.

---Provide additional context about the status of a command execution using a reason code and description.
---@class awsjobs.iot.StatusReason
---@field reasonCode string A code that provides additional context for the command execution status.
---@field reasonDescription? string A literal string for devices to optionally provide additional information about the reason code for a command execution status.

---Starts execution of a Step Functions state machine.
---@class awsjobs.iot.StepFunctionsAction
---@field executionNamePrefix? string # (Optional) A name will be given to the state machine execution consisting of this prefix followed by a UUID.
---@field stateMachineName string The name of the Step Functions state machine whose execution will be started.
---@field roleArn string The ARN of the role that grants IoT permission to start execution of a state machine ("Action":"states:StartExecution").

---@class awsjobs.iot.StopThingRegistrationTaskRequest
---@field taskId string The bulk thing provisioning task ID.

---@class awsjobs.iot.StopThingRegistrationTaskResponse

---Describes a group of files that can be streamed.
---@class awsjobs.iot.Stream
---@field streamId? string The stream ID.
---@field fileId? integer The ID of a file associated with a stream.

---Represents a file to stream.
---@class awsjobs.iot.StreamFile
---@field fileId? integer The file ID.
---@field s3Location? awsjobs.iot.S3Location The location of the file in S3.

---Information about a stream.
---@class awsjobs.iot.StreamInfo
---@field streamId? string The stream ID.
---@field streamArn? string The stream ARN.
---@field streamVersion? integer The stream version.
---@field description? string The description of the stream.
---@field files? awsjobs.iot.StreamFile[] The files to stream.
---@field createdAt? awsjobs.Timestamp The date when the stream was created.
---@field lastUpdatedAt? awsjobs.Timestamp The date when the stream was last updated.
---@field roleArn? string An IAM role IoT assumes to access your S3 files.

---A summary of a stream.
---@class awsjobs.iot.StreamSummary
---@field streamId? string The stream ID.
---@field streamArn? string The stream ARN.
---@field streamVersion? integer The stream version.
---@field description? string A description of the stream.

---A set of key/value pairs that are used to manage the resource.
---@class awsjobs.iot.Tag
---@field Key string The tag's key.
---@field Value? string The tag's value.

---@class awsjobs.iot.TagResourceRequest
---@field resourceArn string The ARN of the resource.
---@field tags awsjobs.iot.Tag[] The new or modified tags for the resource.

---@class awsjobs.iot.TagResourceResponse

---This exception occurs if you attempt to start a task with the same task-id as an existing task but with a different clientRequestToken.
---(The members of `err.data` when `err.code` is TaskAlreadyExistsException.)
---@class awsjobs.iot.TaskAlreadyExistsException
---@field message? string

---Statistics for the checks performed during the audit.
---@class awsjobs.iot.TaskStatistics
---@field totalChecks? integer The number of checks in this audit.
---@field inProgressChecks? integer The number of checks in progress.
---@field waitingForDataCollectionChecks? integer The number of checks waiting for data collection.
---@field compliantChecks? integer The number of checks that found compliant resources.
---@field nonCompliantChecks? integer The number of checks that found noncompliant resources.
---@field failedChecks? integer The number of checks.
---@field canceledChecks? integer The number of checks that did not run because the audit was canceled.

---Provides summary counts of how many tasks for findings are in a particular state.
---@class awsjobs.iot.TaskStatisticsForAuditCheck
---@field totalFindingsCount? integer The total number of findings to which a task is being applied.
---@field failedFindingsCount? integer The number of findings for which at least one of the actions failed when applied.
---@field succeededFindingsCount? integer The number of findings for which all mitigation actions succeeded when applied.
---@field skippedFindingsCount? integer The number of findings skipped because of filter conditions provided in the parameters to the command.
---@field canceledFindingsCount? integer The number of findings to which the mitigation action task was canceled when applied.

---Performs an aggregation that will return a list of buckets.
---@class awsjobs.iot.TermsAggregation
---@field maxBuckets? integer The number of buckets to return in the response.

---@class awsjobs.iot.TestAuthorizationRequest
---@field principal? string The principal.
---@field cognitoIdentityPoolId? string The Cognito identity pool ID.
---@field authInfos awsjobs.iot.AuthInfo[] A list of authorization info objects.
---@field clientId? string The MQTT client ID.
---@field policyNamesToAdd? string[] When testing custom authorization, the policies specified here are treated as if they are attached to the principal being authorized.
---@field policyNamesToSkip? string[] When testing custom authorization, the policies specified here are treated as if they are not attached to the principal being authorized.

---@class awsjobs.iot.TestAuthorizationResponse
---@field authResults? awsjobs.iot.AuthResult[] The authentication results.

---@class awsjobs.iot.TestInvokeAuthorizerRequest
---@field authorizerName string The custom authorizer name.
---@field token? string The token returned by your custom authentication service.
---@field tokenSignature? string The signature made with the token and your custom authentication service's private key.
---@field httpContext? awsjobs.iot.HttpContext Specifies a test HTTP authorization request.
---@field mqttContext? awsjobs.iot.MqttContext Specifies a test MQTT authorization request.
---@field tlsContext? awsjobs.iot.TlsContext Specifies a test TLS authorization request.

---@class awsjobs.iot.TestInvokeAuthorizerResponse
---@field isAuthenticated? boolean True if the token is authenticated, otherwise false.
---@field principalId? string The principal ID.
---@field policyDocuments? string[] IAM policy documents.
---@field refreshAfterInSeconds? integer The number of seconds after which the temporary credentials are refreshed.
---@field disconnectAfterInSeconds? integer The number of seconds after which the connection is terminated.

---The properties of the thing, including thing name, thing type name, and a list of thing attributes.
---@class awsjobs.iot.ThingAttribute
---@field thingName? string The name of the thing.
---@field thingTypeName? string The name of the thing type, if the thing has been associated with a type.
---@field thingArn? string The thing ARN.
---@field attributes? table<string, string> A list of thing attributes which are name-value pairs.
---@field version? integer The version of the thing record in the registry.

---The connectivity status of the thing.
---@class awsjobs.iot.ThingConnectivity
---@field connected? boolean True if the thing is connected to the Amazon Web Services IoT Core service; false if it is not connected.
---@field timestamp? integer The epoch time (in milliseconds) when the thing last connected or disconnected.
---@field disconnectReason? string The reason why the client is disconnected.

---The thing search index document.
---@class awsjobs.iot.ThingDocument
---@field thingName? string The thing name.
---@field thingId? string The thing ID.
---@field thingTypeName? string The thing type name.
---@field thingGroupNames? string[] Thing group and billing group names.
---@field attributes? table<string, string> The attributes.
---@field shadow? string The unnamed shadow and named shadow.
---@field deviceDefender? string Contains Device Defender data.
---@field connectivity? awsjobs.iot.ThingConnectivity Indicates whether the thing is connected to the Amazon Web Services IoT Core service.

---The thing group search index document.
---@class awsjobs.iot.ThingGroupDocument
---@field thingGroupName? string The thing group name.
---@field thingGroupId? string The thing group ID.
---@field thingGroupDescription? string The thing group description.
---@field attributes? table<string, string> The thing group attributes.
---@field parentGroupNames? string[] Parent group names.

---Thing group indexing configuration.
---@class awsjobs.iot.ThingGroupIndexingConfiguration
---@field thingGroupIndexingMode awsjobs.iot.ThingGroupIndexingMode Thing group indexing mode.
---@field managedFields? awsjobs.iot.Field[] Contains fields that are indexed and whose types are already known by the Fleet Indexing service.
---@field customFields? awsjobs.iot.Field[] A list of thing group fields to index.

---Thing group metadata.
---@class awsjobs.iot.ThingGroupMetadata
---@field parentGroupName? string The parent thing group name.
---@field rootToParentThingGroups? awsjobs.iot.GroupNameAndArn[] The root parent thing group.
---@field creationDate? awsjobs.Timestamp The UNIX timestamp of when the thing group was created.

---Thing group properties.
---@class awsjobs.iot.ThingGroupProperties
---@field thingGroupDescription? string The thing group description.
---@field attributePayload? awsjobs.iot.AttributePayload The thing group attributes in JSON format.

---The thing indexing configuration.
---@class awsjobs.iot.ThingIndexingConfiguration
---@field thingIndexingMode awsjobs.iot.ThingIndexingMode Thing indexing mode.
---@field thingConnectivityIndexingMode? awsjobs.iot.ThingConnectivityIndexingMode Thing connectivity indexing mode.
---@field deviceDefenderIndexingMode? awsjobs.iot.DeviceDefenderIndexingMode Device Defender indexing mode.
---@field namedShadowIndexingMode? awsjobs.iot.NamedShadowIndexingMode Named shadow indexing mode.
---@field managedFields? awsjobs.iot.Field[] Contains fields that are indexed and whose types are already known by the Fleet Indexing service.
---@field customFields? awsjobs.iot.Field[] Contains custom field names and their data type.
---@field filter? awsjobs.iot.IndexingFilter Provides additional selections for named shadows and geolocation data.

---An object that represents the principal and the type of relation it has with the thing.
---@class awsjobs.iot.ThingPrincipalObject
---@field principal string The principal of the thing principal object.
---@field thingPrincipalType? awsjobs.iot.ThingPrincipalType The type of the relation you want to specify when you attach a principal to a thing.

---The definition of the thing type, including thing type name and description.
---@class awsjobs.iot.ThingTypeDefinition
---@field thingTypeName? string The name of the thing type.
---@field thingTypeArn? string The thing type ARN.
---@field thingTypeProperties? awsjobs.iot.ThingTypeProperties The ThingTypeProperties for the thing type.
---@field thingTypeMetadata? awsjobs.iot.ThingTypeMetadata The ThingTypeMetadata contains additional information about the thing type including: creation date and time, a value indicating whether the thing type is...

---The ThingTypeMetadata contains additional information about the thing type including: creation date and time, a value indicating whether the thing type is deprecated, and a date and time when time...
---@class awsjobs.iot.ThingTypeMetadata
---@field deprecated? boolean Whether the thing type is deprecated.
---@field deprecationDate? awsjobs.Timestamp The date and time when the thing type was deprecated.
---@field creationDate? awsjobs.Timestamp The date and time when the thing type was created.

---The ThingTypeProperties contains information about the thing type including: a thing type description, and a list of searchable thing attribute names.
---@class awsjobs.iot.ThingTypeProperties
---@field thingTypeDescription? string The description of the thing type.
---@field searchableAttributes? string[] A list of searchable thing attribute names.
---@field mqtt5Configuration? awsjobs.iot.Mqtt5Configuration The configuration to add user-defined properties to enrich MQTT 5 messages.

---The rate exceeds the limit.
---(The members of `err.data` when `err.code` is ThrottlingException.)
---@class awsjobs.iot.ThrottlingException
---@field message? string The message for the exception.

---A filter that can be used to list command executions for a device that started or completed before or after a particular date and time.
---@class awsjobs.iot.TimeFilter
---@field after? string Filter to display command executions that started or completed only after a particular date and time.
---@field before? string Filter to display command executions that started or completed only before a particular date and time.

---Specifies the amount of time each device has to finish its execution of the job.
---@class awsjobs.iot.TimeoutConfig
---@field inProgressTimeoutInMinutes? integer Specifies the amount of time, in minutes, this device has to finish execution of this job.

---The Timestream rule action writes attributes (measures) from an MQTT message into an Amazon Timestream table.
---@class awsjobs.iot.TimestreamAction
---@field roleArn string The ARN of the role that grants permission to write to the Amazon Timestream database table.
---@field databaseName string The name of an Amazon Timestream database.
---@field tableName string The name of the database table into which to write the measure records.
---@field dimensions awsjobs.iot.TimestreamDimension[] Metadata attributes of the time series that are written in each measure record.
---@field timestamp? awsjobs.iot.TimestreamTimestamp Specifies an application-defined value to replace the default value assigned to the Timestream record's timestamp in the time column.

---Metadata attributes of the time series that are written in each measure record.
---@class awsjobs.iot.TimestreamDimension
---@field name string The metadata dimension name.
---@field value string The value to write in this column of the database record.

---Describes how to interpret an application-defined timestamp value from an MQTT message payload and the precision of that value.
---@class awsjobs.iot.TimestreamTimestamp
---@field value string An expression that returns a long epoch time value.
---@field unit string The precision of the timestamp value that results from the expression described in value.

---An object that specifies the TLS configuration for a domain.
---@class awsjobs.iot.TlsConfig
---@field securityPolicy? string The security policy for a domain configuration.

---Specifies the TLS context to use for the test authorizer request.
---@class awsjobs.iot.TlsContext
---@field serverName? string The value of the serverName key in a TLS authorization request.

---Describes a rule.
---@class awsjobs.iot.TopicRule
---@field ruleName? string The name of the rule.
---@field sql? string The SQL statement used to query the topic.
---@field description? string The description of the rule.
---@field createdAt? awsjobs.Timestamp The date and time the rule was created.
---@field actions? awsjobs.iot.Action[] The actions associated with the rule.
---@field ruleDisabled? boolean Specifies whether the rule is disabled.
---@field awsIotSqlVersion? string The version of the SQL rules engine to use when evaluating the rule.
---@field errorAction? awsjobs.iot.Action The action to perform when an error occurs.

---A topic rule destination.
---@class awsjobs.iot.TopicRuleDestination
---@field arn? string The topic rule destination URL.
---@field status? awsjobs.iot.TopicRuleDestinationStatus The status of the topic rule destination.
---@field createdAt? awsjobs.Timestamp The date and time when the topic rule destination was created.
---@field lastUpdatedAt? awsjobs.Timestamp The date and time when the topic rule destination was last updated.
---@field statusReason? string Additional details or reason why the topic rule destination is in the current status.
---@field httpUrlProperties? awsjobs.iot.HttpUrlDestinationProperties Properties of the HTTP URL.
---@field vpcProperties? awsjobs.iot.VpcDestinationProperties Properties of the virtual private cloud (VPC) connection.

---Configuration of the topic rule destination.
---@class awsjobs.iot.TopicRuleDestinationConfiguration
---@field httpUrlConfiguration? awsjobs.iot.HttpUrlDestinationConfiguration Configuration of the HTTP URL.
---@field vpcConfiguration? awsjobs.iot.VpcDestinationConfiguration Configuration of the virtual private cloud (VPC) connection.

---Information about the topic rule destination.
---@class awsjobs.iot.TopicRuleDestinationSummary
---@field arn? string The topic rule destination ARN.
---@field status? awsjobs.iot.TopicRuleDestinationStatus The status of the topic rule destination.
---@field createdAt? awsjobs.Timestamp The date and time when the topic rule destination was created.
---@field lastUpdatedAt? awsjobs.Timestamp The date and time when the topic rule destination was last updated.
---@field statusReason? string The reason the topic rule destination is in the current status.
---@field httpUrlSummary? awsjobs.iot.HttpUrlDestinationSummary Information about the HTTP URL.
---@field vpcDestinationSummary? awsjobs.iot.VpcDestinationSummary Information about the virtual private cloud (VPC) connection.

---Describes a rule.
---@class awsjobs.iot.TopicRuleListItem
---@field ruleArn? string The rule ARN.
---@field ruleName? string The name of the rule.
---@field topicPattern? string The pattern for the topic names that apply.
---@field createdAt? awsjobs.Timestamp The date and time the rule was created.
---@field ruleDisabled? boolean Specifies whether the rule is disabled.

---Describes a rule.
---@class awsjobs.iot.TopicRulePayload
---@field sql string The SQL statement used to query the topic.
---@field description? string The description of the rule.
---@field actions awsjobs.iot.Action[] The actions associated with the rule.
---@field ruleDisabled? boolean Specifies whether the rule is disabled.
---@field awsIotSqlVersion? string The version of the SQL rules engine to use when evaluating the rule.
---@field errorAction? awsjobs.iot.Action The action to take when an error occurs.

---You can't revert the certificate transfer because the transfer is already complete.
---(The members of `err.data` when `err.code` is TransferAlreadyCompletedException.)
---@class awsjobs.iot.TransferAlreadyCompletedException
---@field message? string The message for the exception.

---The input for the TransferCertificate operation.
---@class awsjobs.iot.TransferCertificateRequest
---@field certificateId string The ID of the certificate.
---@field targetAwsAccount string The Amazon Web Services account.
---@field transferMessage? string The transfer message.

---The output from the TransferCertificate operation.
---@class awsjobs.iot.TransferCertificateResponse
---@field transferredCertificateArn? string The ARN of the certificate.

---You can't transfer the certificate because authorization policies are still attached.
---(The members of `err.data` when `err.code` is TransferConflictException.)
---@class awsjobs.iot.TransferConflictException
---@field message? string The message for the exception.

---Data used to transfer a certificate to an Amazon Web Services account.
---@class awsjobs.iot.TransferData
---@field transferMessage? string The transfer message.
---@field rejectReason? string The reason why the transfer was rejected.
---@field transferDate? awsjobs.Timestamp The date the transfer took place.
---@field acceptDate? awsjobs.Timestamp The date the transfer was accepted.
---@field rejectDate? awsjobs.Timestamp The date the transfer was rejected.

---You are not authorized to perform this operation.
---(The members of `err.data` when `err.code` is UnauthorizedException.)
---@class awsjobs.iot.UnauthorizedException
---@field message? string The message for the exception.

---@class awsjobs.iot.UntagResourceRequest
---@field resourceArn string The ARN of the resource.
---@field tagKeys string[] A list of the keys of the tags to be removed from the resource.

---@class awsjobs.iot.UntagResourceResponse

---@class awsjobs.iot.UpdateAccountAuditConfigurationRequest
---@field roleArn? string The Amazon Resource Name (ARN) of the role that grants permission to IoT to access information about your devices, policies, certificates, and other items...
---@field auditNotificationTargetConfigurations? table<awsjobs.iot.AuditNotificationType, awsjobs.iot.AuditNotificationTarget> Information about the targets to which audit notifications are sent.
---@field auditCheckConfigurations? table<string, awsjobs.iot.AuditCheckConfiguration> Specifies which audit checks are enabled and disabled for this account.

---@class awsjobs.iot.UpdateAccountAuditConfigurationResponse

---@class awsjobs.iot.UpdateAuditSuppressionRequest
---@field checkName string
---@field resourceIdentifier awsjobs.iot.ResourceIdentifier
---@field expirationDate? awsjobs.Timestamp The expiration date (epoch timestamp in seconds) that you want the suppression to adhere to.
---@field suppressIndefinitely? boolean Indicates whether a suppression should exist indefinitely or not.
---@field description? string The description of the audit suppression.

---@class awsjobs.iot.UpdateAuditSuppressionResponse

---@class awsjobs.iot.UpdateAuthorizerRequest
---@field authorizerName string The authorizer name.
---@field authorizerFunctionArn? string The ARN of the authorizer's Lambda function.
---@field tokenKeyName? string The key used to extract the token from the HTTP headers.
---@field tokenSigningPublicKeys? table<string, string> The public keys used to verify the token signature.
---@field status? awsjobs.iot.AuthorizerStatus The status of the update authorizer request.
---@field enableCachingForHttp? boolean When true, the result from the authorizer’s Lambda function is cached for the time specified in refreshAfterInSeconds.

---@class awsjobs.iot.UpdateAuthorizerResponse
---@field authorizerName? string The authorizer name.
---@field authorizerArn? string The authorizer ARN.

---@class awsjobs.iot.UpdateBillingGroupRequest
---@field billingGroupName string The name of the billing group.
---@field billingGroupProperties awsjobs.iot.BillingGroupProperties The properties of the billing group.
---@field expectedVersion? integer The expected version of the billing group.

---@class awsjobs.iot.UpdateBillingGroupResponse
---@field version? integer The latest version of the billing group.

---Parameters to define a mitigation action that changes the state of the CA certificate to inactive.
---@class awsjobs.iot.UpdateCACertificateParams
---@field action awsjobs.iot.CACertificateUpdateAction The action that you want to apply to the CA certificate.

---The input to the UpdateCACertificate operation.
---@class awsjobs.iot.UpdateCACertificateRequest
---@field certificateId string The CA certificate identifier.
---@field newStatus? awsjobs.iot.CACertificateStatus The updated status of the CA certificate.
---@field newAutoRegistrationStatus? awsjobs.iot.AutoRegistrationStatus The new value for the auto registration status.
---@field registrationConfig? awsjobs.iot.RegistrationConfig Information about the registration configuration.
---@field removeAutoRegistration? boolean If true, removes auto registration.

---@class awsjobs.iot.UpdateCertificateProviderRequest
---@field certificateProviderName string The name of the certificate provider.
---@field lambdaFunctionArn? string The Lambda function ARN that's associated with the certificate provider.
---@field accountDefaultForOperations? awsjobs.iot.CertificateProviderOperation[] A list of the operations that the certificate provider will use to generate certificates.

---@class awsjobs.iot.UpdateCertificateProviderResponse
---@field certificateProviderName? string The name of the certificate provider.
---@field certificateProviderArn? string The ARN of the certificate provider.

---The input for the UpdateCertificate operation.
---@class awsjobs.iot.UpdateCertificateRequest
---@field certificateId string The ID of the certificate.
---@field newStatus awsjobs.iot.CertificateStatus The new status.

---@class awsjobs.iot.UpdateCommandRequest
---@field commandId string The unique identifier of the command to be updated.
---@field displayName? string The new user-friendly name to use in the console for the command.
---@field description? string A short text description of the command.
---@field deprecated? boolean A boolean that you can use to specify whether to deprecate a command.

---@class awsjobs.iot.UpdateCommandResponse
---@field commandId? string The unique identifier of the command.
---@field displayName? string The updated user-friendly display name in the console for the command.
---@field description? string The updated text description of the command.
---@field deprecated? boolean The boolean that indicates whether the command was deprecated.
---@field lastUpdatedAt? awsjobs.Timestamp The date and time (epoch timestamp in seconds) when the command was last updated.

---@class awsjobs.iot.UpdateCustomMetricRequest
---@field metricName string The name of the custom metric.
---@field displayName string Field represents a friendly name in the console for the custom metric, it doesn't have to be unique.

---@class awsjobs.iot.UpdateCustomMetricResponse
---@field metricName? string The name of the custom metric.
---@field metricArn? string The Amazon Resource Number (ARN) of the custom metric.
---@field metricType? awsjobs.iot.CustomMetricType The type of the custom metric.
---@field displayName? string A friendly name in the console for the custom metric
---@field creationDate? awsjobs.Timestamp The creation date of the custom metric in milliseconds since epoch.
---@field lastModifiedDate? awsjobs.Timestamp The time the custom metric was last modified in milliseconds since epoch.

---Parameters to define a mitigation action that changes the state of the device certificate to inactive.
---@class awsjobs.iot.UpdateDeviceCertificateParams
---@field action awsjobs.iot.DeviceCertificateUpdateAction The action that you want to apply to the device certificate.

---@class awsjobs.iot.UpdateDimensionRequest
---@field name string A unique identifier for the dimension.
---@field stringValues string[] Specifies the value or list of values for the dimension.

---@class awsjobs.iot.UpdateDimensionResponse
---@field name? string A unique identifier for the dimension.
---@field arn? string The Amazon Resource Name (ARN)of the created dimension.
---@field type? awsjobs.iot.DimensionType The type of the dimension.
---@field stringValues? string[] The value or list of values used to scope the dimension.
---@field creationDate? awsjobs.Timestamp The date and time, in milliseconds since epoch, when the dimension was initially created.
---@field lastModifiedDate? awsjobs.Timestamp The date and time, in milliseconds since epoch, when the dimension was most recently updated.

---@class awsjobs.iot.UpdateDomainConfigurationRequest
---@field domainConfigurationName string The name of the domain configuration to be updated.
---@field authorizerConfig? awsjobs.iot.AuthorizerConfig An object that specifies the authorization service for a domain.
---@field domainConfigurationStatus? awsjobs.iot.DomainConfigurationStatus The status to which the domain configuration should be updated.
---@field removeAuthorizerConfig? boolean Removes the authorization configuration from a domain.
---@field tlsConfig? awsjobs.iot.TlsConfig An object that specifies the TLS configuration for a domain.
---@field serverCertificateConfig? awsjobs.iot.ServerCertificateConfig The server certificate configuration.
---@field authenticationType? awsjobs.iot.AuthenticationType An enumerated string that speciﬁes the authentication type.
---@field applicationProtocol? awsjobs.iot.ApplicationProtocol An enumerated string that speciﬁes the application-layer protocol.
---@field clientCertificateConfig? awsjobs.iot.ClientCertificateConfig An object that speciﬁes the client certificate conﬁguration for a domain.

---@class awsjobs.iot.UpdateDomainConfigurationResponse
---@field domainConfigurationName? string The name of the domain configuration that was updated.
---@field domainConfigurationArn? string The ARN of the domain configuration that was updated.

---@class awsjobs.iot.UpdateDynamicThingGroupRequest
---@field thingGroupName string The name of the dynamic thing group to update.
---@field thingGroupProperties awsjobs.iot.ThingGroupProperties The dynamic thing group properties to update.
---@field expectedVersion? integer The expected version of the dynamic thing group to update.
---@field indexName? string The dynamic thing group index to update.
---@field queryString? string The dynamic thing group search query string to update.
---@field queryVersion? string The dynamic thing group query version to update.

---@class awsjobs.iot.UpdateDynamicThingGroupResponse
---@field version? integer The dynamic thing group version.

---@class awsjobs.iot.UpdateEncryptionConfigurationRequest
---@field encryptionType awsjobs.iot.EncryptionType The type of the KMS key.
---@field kmsKeyArn? string The ARN of the customer managedKMS key.
---@field kmsAccessRoleArn? string The Amazon Resource Name (ARN) of the IAM role assumed by Amazon Web Services IoT Core to call KMS on behalf of the customer.

---@class awsjobs.iot.UpdateEncryptionConfigurationResponse

---@class awsjobs.iot.UpdateEventConfigurationsRequest
---@field eventConfigurations? table<awsjobs.iot.EventType, awsjobs.iot.Configuration> The new event configuration values.

---@class awsjobs.iot.UpdateEventConfigurationsResponse

---@class awsjobs.iot.UpdateFleetMetricRequest
---@field metricName string The name of the fleet metric to update.
---@field queryString? string The search query string.
---@field aggregationType? awsjobs.iot.AggregationType The type of the aggregation query.
---@field period? integer The time in seconds between fleet metric emissions.
---@field aggregationField? string The field to aggregate.
---@field description? string The description of the fleet metric.
---@field queryVersion? string The version of the query.
---@field indexName string The name of the index to search.
---@field unit? awsjobs.iot.FleetMetricUnit Used to support unit transformation such as milliseconds to seconds.
---@field expectedVersion? integer The expected version of the fleet metric record in the registry.

---@class awsjobs.iot.UpdateIndexingConfigurationRequest
---@field thingIndexingConfiguration? awsjobs.iot.ThingIndexingConfiguration Thing indexing configuration.
---@field thingGroupIndexingConfiguration? awsjobs.iot.ThingGroupIndexingConfiguration Thing group indexing configuration.

---@class awsjobs.iot.UpdateIndexingConfigurationResponse

---@class awsjobs.iot.UpdateJobRequest
---@field jobId string The ID of the job to be updated.
---@field description? string A short text description of the job.
---@field presignedUrlConfig? awsjobs.iot.PresignedUrlConfig Configuration information for pre-signed S3 URLs.
---@field jobExecutionsRolloutConfig? awsjobs.iot.JobExecutionsRolloutConfig Allows you to create a staged rollout of the job.
---@field abortConfig? awsjobs.iot.AbortConfig Allows you to create criteria to abort a job.
---@field timeoutConfig? awsjobs.iot.TimeoutConfig Specifies the amount of time each device has to finish its execution of the job.
---@field namespaceId? string The namespace used to indicate that a job is a customer-managed job.
---@field jobExecutionsRetryConfig? awsjobs.iot.JobExecutionsRetryConfig Allows you to create the criteria to retry a job.

---@class awsjobs.iot.UpdateMitigationActionRequest
---@field actionName string The friendly name for the mitigation action.
---@field roleArn? string The ARN of the IAM role that is used to apply the mitigation action.
---@field actionParams? awsjobs.iot.MitigationActionParams Defines the type of action and the parameters for that action.

---@class awsjobs.iot.UpdateMitigationActionResponse
---@field actionArn? string The ARN for the new mitigation action.
---@field actionId? string A unique identifier for the mitigation action.

---@class awsjobs.iot.UpdatePackageConfigurationRequest
---@field versionUpdateByJobsConfig? awsjobs.iot.VersionUpdateByJobsConfig Configuration to manage job's package version reporting.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.UpdatePackageConfigurationResponse

---@class awsjobs.iot.UpdatePackageRequest
---@field packageName string The name of the target software package.
---@field description? string The package description.
---@field defaultVersionName? string The name of the default package version.
---@field unsetDefaultVersion? boolean Indicates whether you want to remove the named default package version from the software package.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.UpdatePackageResponse

---@class awsjobs.iot.UpdatePackageVersionRequest
---@field packageName string The name of the associated software package.
---@field versionName string The name of the target package version.
---@field description? string The package version description.
---@field attributes? table<string, string> Metadata that can be used to define a package version’s configuration.
---@field artifact? awsjobs.iot.PackageVersionArtifact The various components that make up a software package version.
---@field action? awsjobs.iot.PackageVersionAction The status that the package version should be assigned.
---@field recipe? string The inline job document associated with a software package version used for a quick job deployment.
---@field clientToken? string A unique case-sensitive identifier that you can provide to ensure the idempotency of the request.

---@class awsjobs.iot.UpdatePackageVersionResponse

---@class awsjobs.iot.UpdateProvisioningTemplateRequest
---@field templateName string The name of the provisioning template.
---@field description? string The description of the provisioning template.
---@field enabled? boolean True to enable the provisioning template, otherwise false.
---@field defaultVersionId? integer The ID of the default provisioning template version.
---@field provisioningRoleArn? string The ARN of the role associated with the provisioning template.
---@field preProvisioningHook? awsjobs.iot.ProvisioningHook Updates the pre-provisioning hook template.
---@field removePreProvisioningHook? boolean Removes pre-provisioning hook template.

---@class awsjobs.iot.UpdateProvisioningTemplateResponse

---@class awsjobs.iot.UpdateRoleAliasRequest
---@field roleAlias string The role alias to update.
---@field roleArn? string The role ARN.
---@field credentialDurationSeconds? integer The number of seconds the credential will be valid.

---@class awsjobs.iot.UpdateRoleAliasResponse
---@field roleAlias? string The role alias.
---@field roleAliasArn? string The role alias ARN.

---@class awsjobs.iot.UpdateScheduledAuditRequest
---@field frequency? awsjobs.iot.AuditFrequency How often the scheduled audit takes place, either DAILY, WEEKLY, BIWEEKLY, or MONTHLY.
---@field dayOfMonth? string The day of the month on which the scheduled audit takes place.
---@field dayOfWeek? awsjobs.iot.DayOfWeek The day of the week on which the scheduled audit takes place.
---@field targetCheckNames? string[] Which checks are performed during the scheduled audit.
---@field scheduledAuditName string The name of the scheduled audit.

---@class awsjobs.iot.UpdateScheduledAuditResponse
---@field scheduledAuditArn? string The ARN of the scheduled audit.

---@class awsjobs.iot.UpdateSecurityProfileRequest
---@field securityProfileName string The name of the security profile you want to update.
---@field securityProfileDescription? string A description of the security profile.
---@field behaviors? awsjobs.iot.Behavior[] Specifies the behaviors that, when violated by a device (thing), cause an alert.
---@field alertTargets? table<awsjobs.iot.AlertTargetType, awsjobs.iot.AlertTarget> Where the alerts are sent.
---@field additionalMetricsToRetain? string[] Please use UpdateSecurityProfileRequest$additionalMetricsToRetainV2 instead.
---@field additionalMetricsToRetainV2? awsjobs.iot.MetricToRetain[] A list of metrics whose data is retained (stored).
---@field deleteBehaviors? boolean If true, delete all behaviors defined for this security profile.
---@field deleteAlertTargets? boolean If true, delete all alertTargets defined for this security profile.
---@field deleteAdditionalMetricsToRetain? boolean If true, delete all additionalMetricsToRetain defined for this security profile.
---@field expectedVersion? integer The expected version of the security profile.
---@field metricsExportConfig? awsjobs.iot.MetricsExportConfig Specifies the MQTT topic and role ARN required for metric export.
---@field deleteMetricsExportConfig? boolean Set the value as true to delete metrics export related configurations.

---@class awsjobs.iot.UpdateSecurityProfileResponse
---@field securityProfileName? string The name of the security profile that was updated.
---@field securityProfileArn? string The ARN of the security profile that was updated.
---@field securityProfileDescription? string The description of the security profile.
---@field behaviors? awsjobs.iot.Behavior[] Specifies the behaviors that, when violated by a device (thing), cause an alert.
---@field alertTargets? table<awsjobs.iot.AlertTargetType, awsjobs.iot.AlertTarget> Where the alerts are sent.
---@field additionalMetricsToRetain? string[] Please use UpdateSecurityProfileResponse$additionalMetricsToRetainV2 instead.
---@field additionalMetricsToRetainV2? awsjobs.iot.MetricToRetain[] A list of metrics whose data is retained (stored).
---@field version? integer The updated version of the security profile.
---@field creationDate? awsjobs.Timestamp The time the security profile was created.
---@field lastModifiedDate? awsjobs.Timestamp The time the security profile was last modified.
---@field metricsExportConfig? awsjobs.iot.MetricsExportConfig Specifies the MQTT topic and role ARN required for metric export.

---@class awsjobs.iot.UpdateStreamRequest
---@field streamId string The stream ID.
---@field description? string The description of the stream.
---@field files? awsjobs.iot.StreamFile[] The files associated with the stream.
---@field roleArn? string An IAM role that allows the IoT service principal assumes to access your S3 files.

---@class awsjobs.iot.UpdateStreamResponse
---@field streamId? string The stream ID.
---@field streamArn? string The stream ARN.
---@field description? string A description of the stream.
---@field streamVersion? integer The stream version.

---@class awsjobs.iot.UpdateThingGroupRequest
---@field thingGroupName string The thing group to update.
---@field thingGroupProperties awsjobs.iot.ThingGroupProperties The thing group properties.
---@field expectedVersion? integer The expected version of the thing group.

---@class awsjobs.iot.UpdateThingGroupResponse
---@field version? integer The version of the updated thing group.

---@class awsjobs.iot.UpdateThingGroupsForThingRequest
---@field thingName? string The thing whose group memberships will be updated.
---@field thingGroupsToAdd? string[] The groups to which the thing will be added.
---@field thingGroupsToRemove? string[] The groups from which the thing will be removed.
---@field overrideDynamicGroups? boolean Override dynamic thing groups with static thing groups when 10-group limit is reached.

---@class awsjobs.iot.UpdateThingGroupsForThingResponse

---The input for the UpdateThing operation.
---@class awsjobs.iot.UpdateThingRequest
---@field thingName string The name of the thing to update.
---@field thingTypeName? string The name of the thing type.
---@field attributePayload? awsjobs.iot.AttributePayload A list of thing attributes, a JSON string containing name-value pairs.
---@field expectedVersion? integer The expected version of the thing record in the registry.
---@field removeThingType? boolean Remove a thing type association.

---The output from the UpdateThing operation.
---@class awsjobs.iot.UpdateThingResponse

---@class awsjobs.iot.UpdateThingTypeRequest
---@field thingTypeName string The name of a thing type.
---@field thingTypeProperties? awsjobs.iot.ThingTypeProperties

---@class awsjobs.iot.UpdateThingTypeResponse

---@class awsjobs.iot.UpdateTopicRuleDestinationRequest
---@field arn string The ARN of the topic rule destination.
---@field status awsjobs.iot.TopicRuleDestinationStatus The status of the topic rule destination.

---@class awsjobs.iot.UpdateTopicRuleDestinationResponse

---A key-value pair that you define in the header.
---@class awsjobs.iot.UserProperty
---@field key string A key to be specified in UserProperty.
---@field value string A value to be specified in UserProperty.

---@class awsjobs.iot.ValidateSecurityProfileBehaviorsRequest
---@field behaviors awsjobs.iot.Behavior[] Specifies the behaviors that, when violated by a device (thing), cause an alert.

---@class awsjobs.iot.ValidateSecurityProfileBehaviorsResponse
---@field valid? boolean True if the behaviors were valid.
---@field validationErrors? awsjobs.iot.ValidationError[] The list of any errors found in the behaviors.

---Information about an error found in a behavior specification.
---@class awsjobs.iot.ValidationError
---@field errorMessage? string The description of an error found in the behaviors.

---The request is not valid.
---(The members of `err.data` when `err.code` is ValidationException.)
---@class awsjobs.iot.ValidationException
---@field message? string

---An exception thrown when the version of an entity specified with the expectedVersion parameter does not match the latest version in the system.
---(The members of `err.data` when `err.code` is VersionConflictException.)
---@class awsjobs.iot.VersionConflictException
---@field message? string The message for the exception.

---Configuration to manage IoT Job's package version reporting.
---@class awsjobs.iot.VersionUpdateByJobsConfig
---@field enabled? boolean Indicates whether the Job is enabled or not.
---@field roleArn? string The Amazon Resource Name (ARN) of the role that grants permission to the IoT jobs service to update the reserved named shadow when the job successfully...

---The number of policy versions exceeds the limit.
---(The members of `err.data` when `err.code` is VersionsLimitExceededException.)
---@class awsjobs.iot.VersionsLimitExceededException
---@field message? string The message for the exception.

---Information about a Device Defender security profile behavior violation.
---@class awsjobs.iot.ViolationEvent
---@field violationId? string The ID of the violation event.
---@field thingName? string The name of the thing responsible for the violation event.
---@field securityProfileName? string The name of the security profile whose behavior was violated.
---@field behavior? awsjobs.iot.Behavior The behavior that was violated.
---@field metricValue? awsjobs.iot.MetricValue The value of the metric (the measurement).
---@field violationEventAdditionalInfo? awsjobs.iot.ViolationEventAdditionalInfo The details of a violation event.
---@field violationEventType? awsjobs.iot.ViolationEventType The type of violation event.
---@field verificationState? awsjobs.iot.VerificationState The verification state of the violation (detect alarm).
---@field verificationStateDescription? string The description of the verification state of the violation.
---@field violationEventTime? awsjobs.Timestamp The time the violation event occurred.

---The details of a violation event.
---@class awsjobs.iot.ViolationEventAdditionalInfo
---@field confidenceLevel? awsjobs.iot.ConfidenceLevel The sensitivity of anomalous behavior evaluation.

---Specifies the time period of which violation events occurred between.
---@class awsjobs.iot.ViolationEventOccurrenceRange
---@field startTime awsjobs.Timestamp The start date and time of a time period in which violation events occurred.
---@field endTime awsjobs.Timestamp The end date and time of a time period in which violation events occurred.

---The configuration information for a virtual private cloud (VPC) destination.
---@class awsjobs.iot.VpcDestinationConfiguration
---@field subnetIds string[] The subnet IDs of the VPC destination.
---@field securityGroups? string[] The security groups of the VPC destination.
---@field vpcId string The ID of the VPC.
---@field roleArn string The ARN of a role that has permission to create and attach to elastic network interfaces (ENIs).

---The properties of a virtual private cloud (VPC) destination.
---@class awsjobs.iot.VpcDestinationProperties
---@field subnetIds? string[] The subnet IDs of the VPC destination.
---@field securityGroups? string[] The security groups of the VPC destination.
---@field vpcId? string The ID of the VPC.
---@field roleArn? string The ARN of a role that has permission to create and attach to elastic network interfaces (ENIs).

---The summary of a virtual private cloud (VPC) destination.
---@class awsjobs.iot.VpcDestinationSummary
---@field subnetIds? string[] The subnet IDs of the VPC destination.
---@field securityGroups? string[] The security groups of the VPC destination.
---@field vpcId? string The ID of the VPC.
---@field roleArn? string The ARN of a role that has permission to create and attach to elastic network interfaces (ENIs).

---@class awsjobs.iot.Client: awsjobs.Client
local iot = {}

---Accepts a pending certificate transfer.
---@param params awsjobs.iot.AcceptCertificateTransferRequest
---@return table? result
---@return awsjobs.Error? err
function iot:acceptCertificateTransfer(params) end

---Adds a thing to a billing group.
---@param params? awsjobs.iot.AddThingToBillingGroupRequest
---@return awsjobs.iot.AddThingToBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:addThingToBillingGroup(params) end

---Adds a thing to a thing group.
---@param params? awsjobs.iot.AddThingToThingGroupRequest
---@return awsjobs.iot.AddThingToThingGroupResponse? result
---@return awsjobs.Error? err
function iot:addThingToThingGroup(params) end

---Associates the selected software bill of materials (SBOM) with a specific software package version.
---@param params awsjobs.iot.AssociateSbomWithPackageVersionRequest
---@return awsjobs.iot.AssociateSbomWithPackageVersionResponse? result
---@return awsjobs.Error? err
function iot:associateSbomWithPackageVersion(params) end

---Associates a group with a continuous job.
---@param params awsjobs.iot.AssociateTargetsWithJobRequest
---@return awsjobs.iot.AssociateTargetsWithJobResponse? result
---@return awsjobs.Error? err
function iot:associateTargetsWithJob(params) end

---Attaches the specified policy to the specified principal (certificate or other credential).
---@param params awsjobs.iot.AttachPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function iot:attachPolicy(params) end

---Attaches the specified policy to the specified principal (certificate or other credential).
---@deprecated
---@param params awsjobs.iot.AttachPrincipalPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function iot:attachPrincipalPolicy(params) end

---Associates a Device Defender security profile with a thing group or this account.
---@param params awsjobs.iot.AttachSecurityProfileRequest
---@return awsjobs.iot.AttachSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:attachSecurityProfile(params) end

---Attaches the specified principal to the specified thing.
---@param params awsjobs.iot.AttachThingPrincipalRequest
---@return awsjobs.iot.AttachThingPrincipalResponse? result
---@return awsjobs.Error? err
function iot:attachThingPrincipal(params) end

---Cancels a mitigation action task that is in progress.
---@param params awsjobs.iot.CancelAuditMitigationActionsTaskRequest
---@return awsjobs.iot.CancelAuditMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:cancelAuditMitigationActionsTask(params) end

---Cancels an audit that is in progress.
---@param params awsjobs.iot.CancelAuditTaskRequest
---@return awsjobs.iot.CancelAuditTaskResponse? result
---@return awsjobs.Error? err
function iot:cancelAuditTask(params) end

---Cancels a pending transfer for the specified certificate.
---@param params awsjobs.iot.CancelCertificateTransferRequest
---@return table? result
---@return awsjobs.Error? err
function iot:cancelCertificateTransfer(params) end

---Cancels a Device Defender ML Detect mitigation action.
---@param params awsjobs.iot.CancelDetectMitigationActionsTaskRequest
---@return awsjobs.iot.CancelDetectMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:cancelDetectMitigationActionsTask(params) end

---Cancels a job.
---@param params awsjobs.iot.CancelJobRequest
---@return awsjobs.iot.CancelJobResponse? result
---@return awsjobs.Error? err
function iot:cancelJob(params) end

---Cancels the execution of a job for a given thing.
---@param params awsjobs.iot.CancelJobExecutionRequest
---@return table? result
---@return awsjobs.Error? err
function iot:cancelJobExecution(params) end

---Clears the default authorizer.
---@param params? awsjobs.iot.ClearDefaultAuthorizerRequest
---@return awsjobs.iot.ClearDefaultAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:clearDefaultAuthorizer(params) end

---Confirms a topic rule destination.
---@param params awsjobs.iot.ConfirmTopicRuleDestinationRequest
---@return awsjobs.iot.ConfirmTopicRuleDestinationResponse? result
---@return awsjobs.Error? err
function iot:confirmTopicRuleDestination(params) end

---Creates a Device Defender audit suppression.
---@param params awsjobs.iot.CreateAuditSuppressionRequest
---@return awsjobs.iot.CreateAuditSuppressionResponse? result
---@return awsjobs.Error? err
function iot:createAuditSuppression(params) end

---Creates an authorizer.
---@param params awsjobs.iot.CreateAuthorizerRequest
---@return awsjobs.iot.CreateAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:createAuthorizer(params) end

---Creates a billing group.
---@param params awsjobs.iot.CreateBillingGroupRequest
---@return awsjobs.iot.CreateBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:createBillingGroup(params) end

---Creates an X.509 certificate using the specified certificate signing request.
---@param params awsjobs.iot.CreateCertificateFromCsrRequest
---@return awsjobs.iot.CreateCertificateFromCsrResponse? result
---@return awsjobs.Error? err
function iot:createCertificateFromCsr(params) end

---Creates an Amazon Web Services IoT Core certificate provider.
---@param params awsjobs.iot.CreateCertificateProviderRequest
---@return awsjobs.iot.CreateCertificateProviderResponse? result
---@return awsjobs.Error? err
function iot:createCertificateProvider(params) end

---Creates a command.
---@param params awsjobs.iot.CreateCommandRequest
---@return awsjobs.iot.CreateCommandResponse? result
---@return awsjobs.Error? err
function iot:createCommand(params) end

---Use this API to define a Custom Metric published by your devices to Device Defender.
---@param params awsjobs.iot.CreateCustomMetricRequest
---@return awsjobs.iot.CreateCustomMetricResponse? result
---@return awsjobs.Error? err
function iot:createCustomMetric(params) end

---Create a dimension that you can use to limit the scope of a metric used in a security profile for IoT Device Defender.
---@param params awsjobs.iot.CreateDimensionRequest
---@return awsjobs.iot.CreateDimensionResponse? result
---@return awsjobs.Error? err
function iot:createDimension(params) end

---Creates a domain configuration.
---@param params awsjobs.iot.CreateDomainConfigurationRequest
---@return awsjobs.iot.CreateDomainConfigurationResponse? result
---@return awsjobs.Error? err
function iot:createDomainConfiguration(params) end

---Creates a dynamic thing group.
---@param params awsjobs.iot.CreateDynamicThingGroupRequest
---@return awsjobs.iot.CreateDynamicThingGroupResponse? result
---@return awsjobs.Error? err
function iot:createDynamicThingGroup(params) end

---Creates a fleet metric.
---@param params awsjobs.iot.CreateFleetMetricRequest
---@return awsjobs.iot.CreateFleetMetricResponse? result
---@return awsjobs.Error? err
function iot:createFleetMetric(params) end

---Creates a job.
---@param params awsjobs.iot.CreateJobRequest
---@return awsjobs.iot.CreateJobResponse? result
---@return awsjobs.Error? err
function iot:createJob(params) end

---Creates a job template.
---@param params awsjobs.iot.CreateJobTemplateRequest
---@return awsjobs.iot.CreateJobTemplateResponse? result
---@return awsjobs.Error? err
function iot:createJobTemplate(params) end

---Creates a 2048-bit RSA key pair and issues an X.509 certificate using the issued public key.
---@param params? awsjobs.iot.CreateKeysAndCertificateRequest
---@return awsjobs.iot.CreateKeysAndCertificateResponse? result
---@return awsjobs.Error? err
function iot:createKeysAndCertificate(params) end

---Defines an action that can be applied to audit findings by using StartAuditMitigationActionsTask.
---@param params awsjobs.iot.CreateMitigationActionRequest
---@return awsjobs.iot.CreateMitigationActionResponse? result
---@return awsjobs.Error? err
function iot:createMitigationAction(params) end

---Creates an IoT OTA update on a target group of things or groups.
---@param params awsjobs.iot.CreateOTAUpdateRequest
---@return awsjobs.iot.CreateOTAUpdateResponse? result
---@return awsjobs.Error? err
function iot:createOTAUpdate(params) end

---Creates an IoT software package that can be deployed to your fleet.
---@param params awsjobs.iot.CreatePackageRequest
---@return awsjobs.iot.CreatePackageResponse? result
---@return awsjobs.Error? err
function iot:createPackage(params) end

---Creates a new version for an existing IoT software package.
---@param params awsjobs.iot.CreatePackageVersionRequest
---@return awsjobs.iot.CreatePackageVersionResponse? result
---@return awsjobs.Error? err
function iot:createPackageVersion(params) end

---Creates an IoT policy.
---@param params awsjobs.iot.CreatePolicyRequest
---@return awsjobs.iot.CreatePolicyResponse? result
---@return awsjobs.Error? err
function iot:createPolicy(params) end

---Creates a new version of the specified IoT policy.
---@param params awsjobs.iot.CreatePolicyVersionRequest
---@return awsjobs.iot.CreatePolicyVersionResponse? result
---@return awsjobs.Error? err
function iot:createPolicyVersion(params) end

---Creates a provisioning claim.
---@param params awsjobs.iot.CreateProvisioningClaimRequest
---@return awsjobs.iot.CreateProvisioningClaimResponse? result
---@return awsjobs.Error? err
function iot:createProvisioningClaim(params) end

---Creates a provisioning template.
---@param params awsjobs.iot.CreateProvisioningTemplateRequest
---@return awsjobs.iot.CreateProvisioningTemplateResponse? result
---@return awsjobs.Error? err
function iot:createProvisioningTemplate(params) end

---Creates a new version of a provisioning template.
---@param params awsjobs.iot.CreateProvisioningTemplateVersionRequest
---@return awsjobs.iot.CreateProvisioningTemplateVersionResponse? result
---@return awsjobs.Error? err
function iot:createProvisioningTemplateVersion(params) end

---Creates a role alias.
---@param params awsjobs.iot.CreateRoleAliasRequest
---@return awsjobs.iot.CreateRoleAliasResponse? result
---@return awsjobs.Error? err
function iot:createRoleAlias(params) end

---Creates a scheduled audit that is run at a specified time interval.
---@param params awsjobs.iot.CreateScheduledAuditRequest
---@return awsjobs.iot.CreateScheduledAuditResponse? result
---@return awsjobs.Error? err
function iot:createScheduledAudit(params) end

---Creates a Device Defender security profile.
---@param params awsjobs.iot.CreateSecurityProfileRequest
---@return awsjobs.iot.CreateSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:createSecurityProfile(params) end

---Creates a stream for delivering one or more large files in chunks over MQTT.
---@param params awsjobs.iot.CreateStreamRequest
---@return awsjobs.iot.CreateStreamResponse? result
---@return awsjobs.Error? err
function iot:createStream(params) end

---Creates a thing record in the registry.
---@param params awsjobs.iot.CreateThingRequest
---@return awsjobs.iot.CreateThingResponse? result
---@return awsjobs.Error? err
function iot:createThing(params) end

---Create a thing group.
---@param params awsjobs.iot.CreateThingGroupRequest
---@return awsjobs.iot.CreateThingGroupResponse? result
---@return awsjobs.Error? err
function iot:createThingGroup(params) end

---Creates a new thing type.
---@param params awsjobs.iot.CreateThingTypeRequest
---@return awsjobs.iot.CreateThingTypeResponse? result
---@return awsjobs.Error? err
function iot:createThingType(params) end

---Creates a rule.
---@param params awsjobs.iot.CreateTopicRuleRequest
---@return table? result
---@return awsjobs.Error? err
function iot:createTopicRule(params) end

---Creates a topic rule destination.
---@param params awsjobs.iot.CreateTopicRuleDestinationRequest
---@return awsjobs.iot.CreateTopicRuleDestinationResponse? result
---@return awsjobs.Error? err
function iot:createTopicRuleDestination(params) end

---Restores the default settings for Device Defender audits for this account.
---@param params? awsjobs.iot.DeleteAccountAuditConfigurationRequest
---@return awsjobs.iot.DeleteAccountAuditConfigurationResponse? result
---@return awsjobs.Error? err
function iot:deleteAccountAuditConfiguration(params) end

---Deletes a Device Defender audit suppression.
---@param params awsjobs.iot.DeleteAuditSuppressionRequest
---@return awsjobs.iot.DeleteAuditSuppressionResponse? result
---@return awsjobs.Error? err
function iot:deleteAuditSuppression(params) end

---Deletes an authorizer.
---@param params awsjobs.iot.DeleteAuthorizerRequest
---@return awsjobs.iot.DeleteAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:deleteAuthorizer(params) end

---Deletes the billing group.
---@param params awsjobs.iot.DeleteBillingGroupRequest
---@return awsjobs.iot.DeleteBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:deleteBillingGroup(params) end

---Deletes a registered CA certificate.
---@param params awsjobs.iot.DeleteCACertificateRequest
---@return awsjobs.iot.DeleteCACertificateResponse? result
---@return awsjobs.Error? err
function iot:deleteCACertificate(params) end

---Deletes the specified certificate.
---@param params awsjobs.iot.DeleteCertificateRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteCertificate(params) end

---Deletes a certificate provider.
---@param params awsjobs.iot.DeleteCertificateProviderRequest
---@return awsjobs.iot.DeleteCertificateProviderResponse? result
---@return awsjobs.Error? err
function iot:deleteCertificateProvider(params) end

---Delete a command resource.
---@param params awsjobs.iot.DeleteCommandRequest
---@return awsjobs.iot.DeleteCommandResponse? result
---@return awsjobs.Error? err
function iot:deleteCommand(params) end

---Delete a command execution.
---@param params awsjobs.iot.DeleteCommandExecutionRequest
---@return awsjobs.iot.DeleteCommandExecutionResponse? result
---@return awsjobs.Error? err
function iot:deleteCommandExecution(params) end

---Deletes a Device Defender detect custom metric.
---@param params awsjobs.iot.DeleteCustomMetricRequest
---@return awsjobs.iot.DeleteCustomMetricResponse? result
---@return awsjobs.Error? err
function iot:deleteCustomMetric(params) end

---Removes the specified dimension from your Amazon Web Services accounts.
---@param params awsjobs.iot.DeleteDimensionRequest
---@return awsjobs.iot.DeleteDimensionResponse? result
---@return awsjobs.Error? err
function iot:deleteDimension(params) end

---Deletes the specified domain configuration.
---@param params awsjobs.iot.DeleteDomainConfigurationRequest
---@return awsjobs.iot.DeleteDomainConfigurationResponse? result
---@return awsjobs.Error? err
function iot:deleteDomainConfiguration(params) end

---Deletes a dynamic thing group.
---@param params awsjobs.iot.DeleteDynamicThingGroupRequest
---@return awsjobs.iot.DeleteDynamicThingGroupResponse? result
---@return awsjobs.Error? err
function iot:deleteDynamicThingGroup(params) end

---Deletes the specified fleet metric.
---@param params awsjobs.iot.DeleteFleetMetricRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteFleetMetric(params) end

---Deletes a job and its related job executions.
---@param params awsjobs.iot.DeleteJobRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteJob(params) end

---Deletes a job execution.
---@param params awsjobs.iot.DeleteJobExecutionRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteJobExecution(params) end

---Deletes the specified job template.
---@param params awsjobs.iot.DeleteJobTemplateRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteJobTemplate(params) end

---Deletes a defined mitigation action from your Amazon Web Services accounts.
---@param params awsjobs.iot.DeleteMitigationActionRequest
---@return awsjobs.iot.DeleteMitigationActionResponse? result
---@return awsjobs.Error? err
function iot:deleteMitigationAction(params) end

---Delete an OTA update.
---@param params awsjobs.iot.DeleteOTAUpdateRequest
---@return awsjobs.iot.DeleteOTAUpdateResponse? result
---@return awsjobs.Error? err
function iot:deleteOTAUpdate(params) end

---Deletes a specific version from a software package.
---@param params awsjobs.iot.DeletePackageRequest
---@return awsjobs.iot.DeletePackageResponse? result
---@return awsjobs.Error? err
function iot:deletePackage(params) end

---Deletes a specific version from a software package.
---@param params awsjobs.iot.DeletePackageVersionRequest
---@return awsjobs.iot.DeletePackageVersionResponse? result
---@return awsjobs.Error? err
function iot:deletePackageVersion(params) end

---Deletes the specified policy.
---@param params awsjobs.iot.DeletePolicyRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deletePolicy(params) end

---Deletes the specified version of the specified policy.
---@param params awsjobs.iot.DeletePolicyVersionRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deletePolicyVersion(params) end

---Deletes a provisioning template.
---@param params awsjobs.iot.DeleteProvisioningTemplateRequest
---@return awsjobs.iot.DeleteProvisioningTemplateResponse? result
---@return awsjobs.Error? err
function iot:deleteProvisioningTemplate(params) end

---Deletes a provisioning template version.
---@param params awsjobs.iot.DeleteProvisioningTemplateVersionRequest
---@return awsjobs.iot.DeleteProvisioningTemplateVersionResponse? result
---@return awsjobs.Error? err
function iot:deleteProvisioningTemplateVersion(params) end

---Deletes a CA certificate registration code.
---@param params? awsjobs.iot.DeleteRegistrationCodeRequest
---@return awsjobs.iot.DeleteRegistrationCodeResponse? result
---@return awsjobs.Error? err
function iot:deleteRegistrationCode(params) end

---Deletes a role alias
---@param params awsjobs.iot.DeleteRoleAliasRequest
---@return awsjobs.iot.DeleteRoleAliasResponse? result
---@return awsjobs.Error? err
function iot:deleteRoleAlias(params) end

---Deletes a scheduled audit.
---@param params awsjobs.iot.DeleteScheduledAuditRequest
---@return awsjobs.iot.DeleteScheduledAuditResponse? result
---@return awsjobs.Error? err
function iot:deleteScheduledAudit(params) end

---Deletes a Device Defender security profile.
---@param params awsjobs.iot.DeleteSecurityProfileRequest
---@return awsjobs.iot.DeleteSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:deleteSecurityProfile(params) end

---Deletes a stream.
---@param params awsjobs.iot.DeleteStreamRequest
---@return awsjobs.iot.DeleteStreamResponse? result
---@return awsjobs.Error? err
function iot:deleteStream(params) end

---Deletes the specified thing.
---@param params awsjobs.iot.DeleteThingRequest
---@return awsjobs.iot.DeleteThingResponse? result
---@return awsjobs.Error? err
function iot:deleteThing(params) end

---Deletes a thing group.
---@param params awsjobs.iot.DeleteThingGroupRequest
---@return awsjobs.iot.DeleteThingGroupResponse? result
---@return awsjobs.Error? err
function iot:deleteThingGroup(params) end

---Deletes the specified thing type.
---@param params awsjobs.iot.DeleteThingTypeRequest
---@return awsjobs.iot.DeleteThingTypeResponse? result
---@return awsjobs.Error? err
function iot:deleteThingType(params) end

---Deletes the rule.
---@param params awsjobs.iot.DeleteTopicRuleRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteTopicRule(params) end

---Deletes a topic rule destination.
---@param params awsjobs.iot.DeleteTopicRuleDestinationRequest
---@return awsjobs.iot.DeleteTopicRuleDestinationResponse? result
---@return awsjobs.Error? err
function iot:deleteTopicRuleDestination(params) end

---Deletes a logging level.
---@param params awsjobs.iot.DeleteV2LoggingLevelRequest
---@return table? result
---@return awsjobs.Error? err
function iot:deleteV2LoggingLevel(params) end

---Deprecates a thing type.
---@param params awsjobs.iot.DeprecateThingTypeRequest
---@return awsjobs.iot.DeprecateThingTypeResponse? result
---@return awsjobs.Error? err
function iot:deprecateThingType(params) end

---Gets information about the Device Defender audit settings for this account.
---@param params? awsjobs.iot.DescribeAccountAuditConfigurationRequest
---@return awsjobs.iot.DescribeAccountAuditConfigurationResponse? result
---@return awsjobs.Error? err
function iot:describeAccountAuditConfiguration(params) end

---Gets information about a single audit finding.
---@param params awsjobs.iot.DescribeAuditFindingRequest
---@return awsjobs.iot.DescribeAuditFindingResponse? result
---@return awsjobs.Error? err
function iot:describeAuditFinding(params) end

---Gets information about an audit mitigation task that is used to apply mitigation actions to a set of audit findings.
---@param params awsjobs.iot.DescribeAuditMitigationActionsTaskRequest
---@return awsjobs.iot.DescribeAuditMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:describeAuditMitigationActionsTask(params) end

---Gets information about a Device Defender audit suppression.
---@param params awsjobs.iot.DescribeAuditSuppressionRequest
---@return awsjobs.iot.DescribeAuditSuppressionResponse? result
---@return awsjobs.Error? err
function iot:describeAuditSuppression(params) end

---Gets information about a Device Defender audit.
---@param params awsjobs.iot.DescribeAuditTaskRequest
---@return awsjobs.iot.DescribeAuditTaskResponse? result
---@return awsjobs.Error? err
function iot:describeAuditTask(params) end

---Describes an authorizer.
---@param params awsjobs.iot.DescribeAuthorizerRequest
---@return awsjobs.iot.DescribeAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:describeAuthorizer(params) end

---Returns information about a billing group.
---@param params awsjobs.iot.DescribeBillingGroupRequest
---@return awsjobs.iot.DescribeBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:describeBillingGroup(params) end

---Describes a registered CA certificate.
---@param params awsjobs.iot.DescribeCACertificateRequest
---@return awsjobs.iot.DescribeCACertificateResponse? result
---@return awsjobs.Error? err
function iot:describeCACertificate(params) end

---Gets information about the specified certificate.
---@param params awsjobs.iot.DescribeCertificateRequest
---@return awsjobs.iot.DescribeCertificateResponse? result
---@return awsjobs.Error? err
function iot:describeCertificate(params) end

---Describes a certificate provider.
---@param params awsjobs.iot.DescribeCertificateProviderRequest
---@return awsjobs.iot.DescribeCertificateProviderResponse? result
---@return awsjobs.Error? err
function iot:describeCertificateProvider(params) end

---Gets information about a Device Defender detect custom metric.
---@param params awsjobs.iot.DescribeCustomMetricRequest
---@return awsjobs.iot.DescribeCustomMetricResponse? result
---@return awsjobs.Error? err
function iot:describeCustomMetric(params) end

---Describes the default authorizer.
---@param params? awsjobs.iot.DescribeDefaultAuthorizerRequest
---@return awsjobs.iot.DescribeDefaultAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:describeDefaultAuthorizer(params) end

---Gets information about a Device Defender ML Detect mitigation action.
---@param params awsjobs.iot.DescribeDetectMitigationActionsTaskRequest
---@return awsjobs.iot.DescribeDetectMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:describeDetectMitigationActionsTask(params) end

---Provides details about a dimension that is defined in your Amazon Web Services accounts.
---@param params awsjobs.iot.DescribeDimensionRequest
---@return awsjobs.iot.DescribeDimensionResponse? result
---@return awsjobs.Error? err
function iot:describeDimension(params) end

---Gets summary information about a domain configuration.
---@param params awsjobs.iot.DescribeDomainConfigurationRequest
---@return awsjobs.iot.DescribeDomainConfigurationResponse? result
---@return awsjobs.Error? err
function iot:describeDomainConfiguration(params) end

---Retrieves the encryption configuration for resources and data of your Amazon Web Services account in Amazon Web Services IoT Core.
---@param params? awsjobs.iot.DescribeEncryptionConfigurationRequest
---@return awsjobs.iot.DescribeEncryptionConfigurationResponse? result
---@return awsjobs.Error? err
function iot:describeEncryptionConfiguration(params) end

---Returns or creates a unique endpoint specific to the Amazon Web Services account making the call.
---@param params? awsjobs.iot.DescribeEndpointRequest
---@return awsjobs.iot.DescribeEndpointResponse? result
---@return awsjobs.Error? err
function iot:describeEndpoint(params) end

---Describes event configurations.
---@param params? awsjobs.iot.DescribeEventConfigurationsRequest
---@return awsjobs.iot.DescribeEventConfigurationsResponse? result
---@return awsjobs.Error? err
function iot:describeEventConfigurations(params) end

---Gets information about the specified fleet metric.
---@param params awsjobs.iot.DescribeFleetMetricRequest
---@return awsjobs.iot.DescribeFleetMetricResponse? result
---@return awsjobs.Error? err
function iot:describeFleetMetric(params) end

---Describes a search index.
---@param params awsjobs.iot.DescribeIndexRequest
---@return awsjobs.iot.DescribeIndexResponse? result
---@return awsjobs.Error? err
function iot:describeIndex(params) end

---Describes a job.
---@param params awsjobs.iot.DescribeJobRequest
---@return awsjobs.iot.DescribeJobResponse? result
---@return awsjobs.Error? err
function iot:describeJob(params) end

---Describes a job execution.
---@param params awsjobs.iot.DescribeJobExecutionRequest
---@return awsjobs.iot.DescribeJobExecutionResponse? result
---@return awsjobs.Error? err
function iot:describeJobExecution(params) end

---Returns information about a job template.
---@param params awsjobs.iot.DescribeJobTemplateRequest
---@return awsjobs.iot.DescribeJobTemplateResponse? result
---@return awsjobs.Error? err
function iot:describeJobTemplate(params) end

---View details of a managed job template.
---@param params awsjobs.iot.DescribeManagedJobTemplateRequest
---@return awsjobs.iot.DescribeManagedJobTemplateResponse? result
---@return awsjobs.Error? err
function iot:describeManagedJobTemplate(params) end

---Gets information about a mitigation action.
---@param params awsjobs.iot.DescribeMitigationActionRequest
---@return awsjobs.iot.DescribeMitigationActionResponse? result
---@return awsjobs.Error? err
function iot:describeMitigationAction(params) end

---Returns information about a provisioning template.
---@param params awsjobs.iot.DescribeProvisioningTemplateRequest
---@return awsjobs.iot.DescribeProvisioningTemplateResponse? result
---@return awsjobs.Error? err
function iot:describeProvisioningTemplate(params) end

---Returns information about a provisioning template version.
---@param params awsjobs.iot.DescribeProvisioningTemplateVersionRequest
---@return awsjobs.iot.DescribeProvisioningTemplateVersionResponse? result
---@return awsjobs.Error? err
function iot:describeProvisioningTemplateVersion(params) end

---Describes a role alias.
---@param params awsjobs.iot.DescribeRoleAliasRequest
---@return awsjobs.iot.DescribeRoleAliasResponse? result
---@return awsjobs.Error? err
function iot:describeRoleAlias(params) end

---Gets information about a scheduled audit.
---@param params awsjobs.iot.DescribeScheduledAuditRequest
---@return awsjobs.iot.DescribeScheduledAuditResponse? result
---@return awsjobs.Error? err
function iot:describeScheduledAudit(params) end

---Gets information about a Device Defender security profile.
---@param params awsjobs.iot.DescribeSecurityProfileRequest
---@return awsjobs.iot.DescribeSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:describeSecurityProfile(params) end

---Gets information about a stream.
---@param params awsjobs.iot.DescribeStreamRequest
---@return awsjobs.iot.DescribeStreamResponse? result
---@return awsjobs.Error? err
function iot:describeStream(params) end

---Gets information about the specified thing.
---@param params awsjobs.iot.DescribeThingRequest
---@return awsjobs.iot.DescribeThingResponse? result
---@return awsjobs.Error? err
function iot:describeThing(params) end

---Describe a thing group.
---@param params awsjobs.iot.DescribeThingGroupRequest
---@return awsjobs.iot.DescribeThingGroupResponse? result
---@return awsjobs.Error? err
function iot:describeThingGroup(params) end

---Describes a bulk thing provisioning task.
---@param params awsjobs.iot.DescribeThingRegistrationTaskRequest
---@return awsjobs.iot.DescribeThingRegistrationTaskResponse? result
---@return awsjobs.Error? err
function iot:describeThingRegistrationTask(params) end

---Gets information about the specified thing type.
---@param params awsjobs.iot.DescribeThingTypeRequest
---@return awsjobs.iot.DescribeThingTypeResponse? result
---@return awsjobs.Error? err
function iot:describeThingType(params) end

---Detaches a policy from the specified target.
---@param params awsjobs.iot.DetachPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function iot:detachPolicy(params) end

---Removes the specified policy from the specified certificate.
---@deprecated
---@param params awsjobs.iot.DetachPrincipalPolicyRequest
---@return table? result
---@return awsjobs.Error? err
function iot:detachPrincipalPolicy(params) end

---Disassociates a Device Defender security profile from a thing group or from this account.
---@param params awsjobs.iot.DetachSecurityProfileRequest
---@return awsjobs.iot.DetachSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:detachSecurityProfile(params) end

---Detaches the specified principal from the specified thing.
---@param params awsjobs.iot.DetachThingPrincipalRequest
---@return awsjobs.iot.DetachThingPrincipalResponse? result
---@return awsjobs.Error? err
function iot:detachThingPrincipal(params) end

---Disables the rule.
---@param params awsjobs.iot.DisableTopicRuleRequest
---@return table? result
---@return awsjobs.Error? err
function iot:disableTopicRule(params) end

---Disassociates the selected software bill of materials (SBOM) from a specific software package version.
---@param params awsjobs.iot.DisassociateSbomFromPackageVersionRequest
---@return awsjobs.iot.DisassociateSbomFromPackageVersionResponse? result
---@return awsjobs.Error? err
function iot:disassociateSbomFromPackageVersion(params) end

---Enables the rule.
---@param params awsjobs.iot.EnableTopicRuleRequest
---@return table? result
---@return awsjobs.Error? err
function iot:enableTopicRule(params) end

---Returns a Device Defender's ML Detect Security Profile training model's status.
---@param params? awsjobs.iot.GetBehaviorModelTrainingSummariesRequest
---@return awsjobs.iot.GetBehaviorModelTrainingSummariesResponse? result
---@return awsjobs.Error? err
function iot:getBehaviorModelTrainingSummaries(params) end

---Aggregates on indexed data with search queries pertaining to particular fields.
---@param params awsjobs.iot.GetBucketsAggregationRequest
---@return awsjobs.iot.GetBucketsAggregationResponse? result
---@return awsjobs.Error? err
function iot:getBucketsAggregation(params) end

---Returns the approximate count of unique values that match the query.
---@param params awsjobs.iot.GetCardinalityRequest
---@return awsjobs.iot.GetCardinalityResponse? result
---@return awsjobs.Error? err
function iot:getCardinality(params) end

---Gets information about the specified command.
---@param params awsjobs.iot.GetCommandRequest
---@return awsjobs.iot.GetCommandResponse? result
---@return awsjobs.Error? err
function iot:getCommand(params) end

---Gets information about the specific command execution on a single device.
---@param params awsjobs.iot.GetCommandExecutionRequest
---@return awsjobs.iot.GetCommandExecutionResponse? result
---@return awsjobs.Error? err
function iot:getCommandExecution(params) end

---Gets a list of the policies that have an effect on the authorization behavior of the specified device when it connects to the IoT device gateway.
---@param params? awsjobs.iot.GetEffectivePoliciesRequest
---@return awsjobs.iot.GetEffectivePoliciesResponse? result
---@return awsjobs.Error? err
function iot:getEffectivePolicies(params) end

---Gets the indexing configuration.
---@param params? awsjobs.iot.GetIndexingConfigurationRequest
---@return awsjobs.iot.GetIndexingConfigurationResponse? result
---@return awsjobs.Error? err
function iot:getIndexingConfiguration(params) end

---Gets a job document.
---@param params awsjobs.iot.GetJobDocumentRequest
---@return awsjobs.iot.GetJobDocumentResponse? result
---@return awsjobs.Error? err
function iot:getJobDocument(params) end

---Gets the logging options.
---@param params? awsjobs.iot.GetLoggingOptionsRequest
---@return awsjobs.iot.GetLoggingOptionsResponse? result
---@return awsjobs.Error? err
function iot:getLoggingOptions(params) end

---Gets an OTA update.
---@param params awsjobs.iot.GetOTAUpdateRequest
---@return awsjobs.iot.GetOTAUpdateResponse? result
---@return awsjobs.Error? err
function iot:getOTAUpdate(params) end

---Gets information about the specified software package.
---@param params awsjobs.iot.GetPackageRequest
---@return awsjobs.iot.GetPackageResponse? result
---@return awsjobs.Error? err
function iot:getPackage(params) end

---Gets information about the specified software package's configuration.
---@param params? awsjobs.iot.GetPackageConfigurationRequest
---@return awsjobs.iot.GetPackageConfigurationResponse? result
---@return awsjobs.Error? err
function iot:getPackageConfiguration(params) end

---Gets information about the specified package version.
---@param params awsjobs.iot.GetPackageVersionRequest
---@return awsjobs.iot.GetPackageVersionResponse? result
---@return awsjobs.Error? err
function iot:getPackageVersion(params) end

---Groups the aggregated values that match the query into percentile groupings.
---@param params awsjobs.iot.GetPercentilesRequest
---@return awsjobs.iot.GetPercentilesResponse? result
---@return awsjobs.Error? err
function iot:getPercentiles(params) end

---Gets information about the specified policy with the policy document of the default version.
---@param params awsjobs.iot.GetPolicyRequest
---@return awsjobs.iot.GetPolicyResponse? result
---@return awsjobs.Error? err
function iot:getPolicy(params) end

---Gets information about the specified policy version.
---@param params awsjobs.iot.GetPolicyVersionRequest
---@return awsjobs.iot.GetPolicyVersionResponse? result
---@return awsjobs.Error? err
function iot:getPolicyVersion(params) end

---Gets a registration code used to register a CA certificate with IoT.
---@param params? awsjobs.iot.GetRegistrationCodeRequest
---@return awsjobs.iot.GetRegistrationCodeResponse? result
---@return awsjobs.Error? err
function iot:getRegistrationCode(params) end

---Returns the count, average, sum, minimum, maximum, sum of squares, variance, and standard deviation for the specified aggregated field.
---@param params awsjobs.iot.GetStatisticsRequest
---@return awsjobs.iot.GetStatisticsResponse? result
---@return awsjobs.Error? err
function iot:getStatistics(params) end

---Retrieves the live connectivity status per device.
---@param params awsjobs.iot.GetThingConnectivityDataRequest
---@return awsjobs.iot.GetThingConnectivityDataResponse? result
---@return awsjobs.Error? err
function iot:getThingConnectivityData(params) end

---Gets information about the rule.
---@param params awsjobs.iot.GetTopicRuleRequest
---@return awsjobs.iot.GetTopicRuleResponse? result
---@return awsjobs.Error? err
function iot:getTopicRule(params) end

---Gets information about a topic rule destination.
---@param params awsjobs.iot.GetTopicRuleDestinationRequest
---@return awsjobs.iot.GetTopicRuleDestinationResponse? result
---@return awsjobs.Error? err
function iot:getTopicRuleDestination(params) end

---Gets the fine grained logging options.
---@param params? awsjobs.iot.GetV2LoggingOptionsRequest
---@return awsjobs.iot.GetV2LoggingOptionsResponse? result
---@return awsjobs.Error? err
function iot:getV2LoggingOptions(params) end

---Lists the active violations for a given Device Defender security profile.
---@param params? awsjobs.iot.ListActiveViolationsRequest
---@return awsjobs.iot.ListActiveViolationsResponse? result
---@return awsjobs.Error? err
function iot:listActiveViolations(params) end

---Lists the policies attached to the specified thing group.
---@param params awsjobs.iot.ListAttachedPoliciesRequest
---@return awsjobs.iot.ListAttachedPoliciesResponse? result
---@return awsjobs.Error? err
function iot:listAttachedPolicies(params) end

---Lists the findings (results) of a Device Defender audit or of the audits performed during a specified time period.
---@param params? awsjobs.iot.ListAuditFindingsRequest
---@return awsjobs.iot.ListAuditFindingsResponse? result
---@return awsjobs.Error? err
function iot:listAuditFindings(params) end

---Gets the status of audit mitigation action tasks that were executed.
---@param params awsjobs.iot.ListAuditMitigationActionsExecutionsRequest
---@return awsjobs.iot.ListAuditMitigationActionsExecutionsResponse? result
---@return awsjobs.Error? err
function iot:listAuditMitigationActionsExecutions(params) end

---Gets a list of audit mitigation action tasks that match the specified filters.
---@param params awsjobs.iot.ListAuditMitigationActionsTasksRequest
---@return awsjobs.iot.ListAuditMitigationActionsTasksResponse? result
---@return awsjobs.Error? err
function iot:listAuditMitigationActionsTasks(params) end

---Lists your Device Defender audit listings.
---@param params? awsjobs.iot.ListAuditSuppressionsRequest
---@return awsjobs.iot.ListAuditSuppressionsResponse? result
---@return awsjobs.Error? err
function iot:listAuditSuppressions(params) end

---Lists the Device Defender audits that have been performed during a given time period.
---@param params awsjobs.iot.ListAuditTasksRequest
---@return awsjobs.iot.ListAuditTasksResponse? result
---@return awsjobs.Error? err
function iot:listAuditTasks(params) end

---Lists the authorizers registered in your account.
---@param params? awsjobs.iot.ListAuthorizersRequest
---@return awsjobs.iot.ListAuthorizersResponse? result
---@return awsjobs.Error? err
function iot:listAuthorizers(params) end

---Lists the billing groups you have created.
---@param params? awsjobs.iot.ListBillingGroupsRequest
---@return awsjobs.iot.ListBillingGroupsResponse? result
---@return awsjobs.Error? err
function iot:listBillingGroups(params) end

---Lists the CA certificates registered for your Amazon Web Services account.
---@param params? awsjobs.iot.ListCACertificatesRequest
---@return awsjobs.iot.ListCACertificatesResponse? result
---@return awsjobs.Error? err
function iot:listCACertificates(params) end

---Lists all your certificate providers in your Amazon Web Services account.
---@param params? awsjobs.iot.ListCertificateProvidersRequest
---@return awsjobs.iot.ListCertificateProvidersResponse? result
---@return awsjobs.Error? err
function iot:listCertificateProviders(params) end

---Lists the certificates registered in your Amazon Web Services account.
---@param params? awsjobs.iot.ListCertificatesRequest
---@return awsjobs.iot.ListCertificatesResponse? result
---@return awsjobs.Error? err
function iot:listCertificates(params) end

---List the device certificates signed by the specified CA certificate.
---@param params awsjobs.iot.ListCertificatesByCARequest
---@return awsjobs.iot.ListCertificatesByCAResponse? result
---@return awsjobs.Error? err
function iot:listCertificatesByCA(params) end

---List all command executions.
---@param params? awsjobs.iot.ListCommandExecutionsRequest
---@return awsjobs.iot.ListCommandExecutionsResponse? result
---@return awsjobs.Error? err
function iot:listCommandExecutions(params) end

---List all commands in your account.
---@param params? awsjobs.iot.ListCommandsRequest
---@return awsjobs.iot.ListCommandsResponse? result
---@return awsjobs.Error? err
function iot:listCommands(params) end

---Lists your Device Defender detect custom metrics.
---@param params? awsjobs.iot.ListCustomMetricsRequest
---@return awsjobs.iot.ListCustomMetricsResponse? result
---@return awsjobs.Error? err
function iot:listCustomMetrics(params) end

---Lists mitigation actions executions for a Device Defender ML Detect Security Profile.
---@param params? awsjobs.iot.ListDetectMitigationActionsExecutionsRequest
---@return awsjobs.iot.ListDetectMitigationActionsExecutionsResponse? result
---@return awsjobs.Error? err
function iot:listDetectMitigationActionsExecutions(params) end

---List of Device Defender ML Detect mitigation actions tasks.
---@param params awsjobs.iot.ListDetectMitigationActionsTasksRequest
---@return awsjobs.iot.ListDetectMitigationActionsTasksResponse? result
---@return awsjobs.Error? err
function iot:listDetectMitigationActionsTasks(params) end

---List the set of dimensions that are defined for your Amazon Web Services accounts.
---@param params? awsjobs.iot.ListDimensionsRequest
---@return awsjobs.iot.ListDimensionsResponse? result
---@return awsjobs.Error? err
function iot:listDimensions(params) end

---Gets a list of domain configurations for the user.
---@param params? awsjobs.iot.ListDomainConfigurationsRequest
---@return awsjobs.iot.ListDomainConfigurationsResponse? result
---@return awsjobs.Error? err
function iot:listDomainConfigurations(params) end

---Lists all your fleet metrics.
---@param params? awsjobs.iot.ListFleetMetricsRequest
---@return awsjobs.iot.ListFleetMetricsResponse? result
---@return awsjobs.Error? err
function iot:listFleetMetrics(params) end

---Lists the search indices.
---@param params? awsjobs.iot.ListIndicesRequest
---@return awsjobs.iot.ListIndicesResponse? result
---@return awsjobs.Error? err
function iot:listIndices(params) end

---Lists the job executions for a job.
---@param params awsjobs.iot.ListJobExecutionsForJobRequest
---@return awsjobs.iot.ListJobExecutionsForJobResponse? result
---@return awsjobs.Error? err
function iot:listJobExecutionsForJob(params) end

---Lists the job executions for the specified thing.
---@param params awsjobs.iot.ListJobExecutionsForThingRequest
---@return awsjobs.iot.ListJobExecutionsForThingResponse? result
---@return awsjobs.Error? err
function iot:listJobExecutionsForThing(params) end

---Returns a list of job templates.
---@param params? awsjobs.iot.ListJobTemplatesRequest
---@return awsjobs.iot.ListJobTemplatesResponse? result
---@return awsjobs.Error? err
function iot:listJobTemplates(params) end

---Lists jobs.
---@param params? awsjobs.iot.ListJobsRequest
---@return awsjobs.iot.ListJobsResponse? result
---@return awsjobs.Error? err
function iot:listJobs(params) end

---Returns a list of managed job templates.
---@param params? awsjobs.iot.ListManagedJobTemplatesRequest
---@return awsjobs.iot.ListManagedJobTemplatesResponse? result
---@return awsjobs.Error? err
function iot:listManagedJobTemplates(params) end

---Lists the values reported for an IoT Device Defender metric (device-side metric, cloud-side metric, or custom metric) by the given thing during the specified time period.
---@param params awsjobs.iot.ListMetricValuesRequest
---@return awsjobs.iot.ListMetricValuesResponse? result
---@return awsjobs.Error? err
function iot:listMetricValues(params) end

---Gets a list of all mitigation actions that match the specified filter criteria.
---@param params? awsjobs.iot.ListMitigationActionsRequest
---@return awsjobs.iot.ListMitigationActionsResponse? result
---@return awsjobs.Error? err
function iot:listMitigationActions(params) end

---Lists OTA updates.
---@param params? awsjobs.iot.ListOTAUpdatesRequest
---@return awsjobs.iot.ListOTAUpdatesResponse? result
---@return awsjobs.Error? err
function iot:listOTAUpdates(params) end

---Lists certificates that are being transferred but not yet accepted.
---@param params? awsjobs.iot.ListOutgoingCertificatesRequest
---@return awsjobs.iot.ListOutgoingCertificatesResponse? result
---@return awsjobs.Error? err
function iot:listOutgoingCertificates(params) end

---Lists the software package versions associated to the account.
---@param params awsjobs.iot.ListPackageVersionsRequest
---@return awsjobs.iot.ListPackageVersionsResponse? result
---@return awsjobs.Error? err
function iot:listPackageVersions(params) end

---Lists the software packages associated to the account.
---@param params? awsjobs.iot.ListPackagesRequest
---@return awsjobs.iot.ListPackagesResponse? result
---@return awsjobs.Error? err
function iot:listPackages(params) end

---Lists your policies.
---@param params? awsjobs.iot.ListPoliciesRequest
---@return awsjobs.iot.ListPoliciesResponse? result
---@return awsjobs.Error? err
function iot:listPolicies(params) end

---Lists the principals associated with the specified policy.
---@deprecated
---@param params awsjobs.iot.ListPolicyPrincipalsRequest
---@return awsjobs.iot.ListPolicyPrincipalsResponse? result
---@return awsjobs.Error? err
function iot:listPolicyPrincipals(params) end

---Lists the versions of the specified policy and identifies the default version.
---@param params awsjobs.iot.ListPolicyVersionsRequest
---@return awsjobs.iot.ListPolicyVersionsResponse? result
---@return awsjobs.Error? err
function iot:listPolicyVersions(params) end

---Lists the policies attached to the specified principal.
---@deprecated
---@param params awsjobs.iot.ListPrincipalPoliciesRequest
---@return awsjobs.iot.ListPrincipalPoliciesResponse? result
---@return awsjobs.Error? err
function iot:listPrincipalPolicies(params) end

---Lists the things associated with the specified principal.
---@param params awsjobs.iot.ListPrincipalThingsRequest
---@return awsjobs.iot.ListPrincipalThingsResponse? result
---@return awsjobs.Error? err
function iot:listPrincipalThings(params) end

---Lists the things associated with the specified principal.
---@param params awsjobs.iot.ListPrincipalThingsV2Request
---@return awsjobs.iot.ListPrincipalThingsV2Response? result
---@return awsjobs.Error? err
function iot:listPrincipalThingsV2(params) end

---A list of provisioning template versions.
---@param params awsjobs.iot.ListProvisioningTemplateVersionsRequest
---@return awsjobs.iot.ListProvisioningTemplateVersionsResponse? result
---@return awsjobs.Error? err
function iot:listProvisioningTemplateVersions(params) end

---Lists the provisioning templates in your Amazon Web Services account.
---@param params? awsjobs.iot.ListProvisioningTemplatesRequest
---@return awsjobs.iot.ListProvisioningTemplatesResponse? result
---@return awsjobs.Error? err
function iot:listProvisioningTemplates(params) end

---The related resources of an Audit finding.
---@param params awsjobs.iot.ListRelatedResourcesForAuditFindingRequest
---@return awsjobs.iot.ListRelatedResourcesForAuditFindingResponse? result
---@return awsjobs.Error? err
function iot:listRelatedResourcesForAuditFinding(params) end

---Lists the role aliases registered in your account.
---@param params? awsjobs.iot.ListRoleAliasesRequest
---@return awsjobs.iot.ListRoleAliasesResponse? result
---@return awsjobs.Error? err
function iot:listRoleAliases(params) end

---The validation results for all software bill of materials (SBOM) attached to a specific software package version.
---@param params awsjobs.iot.ListSbomValidationResultsRequest
---@return awsjobs.iot.ListSbomValidationResultsResponse? result
---@return awsjobs.Error? err
function iot:listSbomValidationResults(params) end

---Lists all of your scheduled audits.
---@param params? awsjobs.iot.ListScheduledAuditsRequest
---@return awsjobs.iot.ListScheduledAuditsResponse? result
---@return awsjobs.Error? err
function iot:listScheduledAudits(params) end

---Lists the Device Defender security profiles you've created.
---@param params? awsjobs.iot.ListSecurityProfilesRequest
---@return awsjobs.iot.ListSecurityProfilesResponse? result
---@return awsjobs.Error? err
function iot:listSecurityProfiles(params) end

---Lists the Device Defender security profiles attached to a target (thing group).
---@param params awsjobs.iot.ListSecurityProfilesForTargetRequest
---@return awsjobs.iot.ListSecurityProfilesForTargetResponse? result
---@return awsjobs.Error? err
function iot:listSecurityProfilesForTarget(params) end

---Lists all of the streams in your Amazon Web Services account.
---@param params? awsjobs.iot.ListStreamsRequest
---@return awsjobs.iot.ListStreamsResponse? result
---@return awsjobs.Error? err
function iot:listStreams(params) end

---Lists the tags (metadata) you have assigned to the resource.
---@param params awsjobs.iot.ListTagsForResourceRequest
---@return awsjobs.iot.ListTagsForResourceResponse? result
---@return awsjobs.Error? err
function iot:listTagsForResource(params) end

---List targets for the specified policy.
---@param params awsjobs.iot.ListTargetsForPolicyRequest
---@return awsjobs.iot.ListTargetsForPolicyResponse? result
---@return awsjobs.Error? err
function iot:listTargetsForPolicy(params) end

---Lists the targets (thing groups) associated with a given Device Defender security profile.
---@param params awsjobs.iot.ListTargetsForSecurityProfileRequest
---@return awsjobs.iot.ListTargetsForSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:listTargetsForSecurityProfile(params) end

---List the thing groups in your account.
---@param params? awsjobs.iot.ListThingGroupsRequest
---@return awsjobs.iot.ListThingGroupsResponse? result
---@return awsjobs.Error? err
function iot:listThingGroups(params) end

---List the thing groups to which the specified thing belongs.
---@param params awsjobs.iot.ListThingGroupsForThingRequest
---@return awsjobs.iot.ListThingGroupsForThingResponse? result
---@return awsjobs.Error? err
function iot:listThingGroupsForThing(params) end

---Lists the principals associated with the specified thing.
---@param params awsjobs.iot.ListThingPrincipalsRequest
---@return awsjobs.iot.ListThingPrincipalsResponse? result
---@return awsjobs.Error? err
function iot:listThingPrincipals(params) end

---Lists the principals associated with the specified thing.
---@param params awsjobs.iot.ListThingPrincipalsV2Request
---@return awsjobs.iot.ListThingPrincipalsV2Response? result
---@return awsjobs.Error? err
function iot:listThingPrincipalsV2(params) end

---Information about the thing registration tasks.
---@param params awsjobs.iot.ListThingRegistrationTaskReportsRequest
---@return awsjobs.iot.ListThingRegistrationTaskReportsResponse? result
---@return awsjobs.Error? err
function iot:listThingRegistrationTaskReports(params) end

---List bulk thing provisioning tasks.
---@param params? awsjobs.iot.ListThingRegistrationTasksRequest
---@return awsjobs.iot.ListThingRegistrationTasksResponse? result
---@return awsjobs.Error? err
function iot:listThingRegistrationTasks(params) end

---Lists the existing thing types.
---@param params? awsjobs.iot.ListThingTypesRequest
---@return awsjobs.iot.ListThingTypesResponse? result
---@return awsjobs.Error? err
function iot:listThingTypes(params) end

---Lists your things.
---@param params? awsjobs.iot.ListThingsRequest
---@return awsjobs.iot.ListThingsResponse? result
---@return awsjobs.Error? err
function iot:listThings(params) end

---Lists the things you have added to the given billing group.
---@param params awsjobs.iot.ListThingsInBillingGroupRequest
---@return awsjobs.iot.ListThingsInBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:listThingsInBillingGroup(params) end

---Lists the things in the specified group.
---@param params awsjobs.iot.ListThingsInThingGroupRequest
---@return awsjobs.iot.ListThingsInThingGroupResponse? result
---@return awsjobs.Error? err
function iot:listThingsInThingGroup(params) end

---Lists all the topic rule destinations in your Amazon Web Services account.
---@param params? awsjobs.iot.ListTopicRuleDestinationsRequest
---@return awsjobs.iot.ListTopicRuleDestinationsResponse? result
---@return awsjobs.Error? err
function iot:listTopicRuleDestinations(params) end

---Lists the rules for the specific topic.
---@param params? awsjobs.iot.ListTopicRulesRequest
---@return awsjobs.iot.ListTopicRulesResponse? result
---@return awsjobs.Error? err
function iot:listTopicRules(params) end

---Lists logging levels.
---@param params? awsjobs.iot.ListV2LoggingLevelsRequest
---@return awsjobs.iot.ListV2LoggingLevelsResponse? result
---@return awsjobs.Error? err
function iot:listV2LoggingLevels(params) end

---Lists the Device Defender security profile violations discovered during the given time period.
---@param params awsjobs.iot.ListViolationEventsRequest
---@return awsjobs.iot.ListViolationEventsResponse? result
---@return awsjobs.Error? err
function iot:listViolationEvents(params) end

---Set a verification state and provide a description of that verification state on a violation (detect alarm).
---@param params awsjobs.iot.PutVerificationStateOnViolationRequest
---@return awsjobs.iot.PutVerificationStateOnViolationResponse? result
---@return awsjobs.Error? err
function iot:putVerificationStateOnViolation(params) end

---Registers a CA certificate with Amazon Web Services IoT Core.
---@param params awsjobs.iot.RegisterCACertificateRequest
---@return awsjobs.iot.RegisterCACertificateResponse? result
---@return awsjobs.Error? err
function iot:registerCACertificate(params) end

---Registers a device certificate with IoT in the same certificate mode as the signing CA.
---@param params awsjobs.iot.RegisterCertificateRequest
---@return awsjobs.iot.RegisterCertificateResponse? result
---@return awsjobs.Error? err
function iot:registerCertificate(params) end

---Register a certificate that does not have a certificate authority (CA).
---@param params awsjobs.iot.RegisterCertificateWithoutCARequest
---@return awsjobs.iot.RegisterCertificateWithoutCAResponse? result
---@return awsjobs.Error? err
function iot:registerCertificateWithoutCA(params) end

---Provisions a thing in the device registry.
---@param params awsjobs.iot.RegisterThingRequest
---@return awsjobs.iot.RegisterThingResponse? result
---@return awsjobs.Error? err
function iot:registerThing(params) end

---Rejects a pending certificate transfer.
---@param params awsjobs.iot.RejectCertificateTransferRequest
---@return table? result
---@return awsjobs.Error? err
function iot:rejectCertificateTransfer(params) end

---Removes the given thing from the billing group.
---@param params? awsjobs.iot.RemoveThingFromBillingGroupRequest
---@return awsjobs.iot.RemoveThingFromBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:removeThingFromBillingGroup(params) end

---Remove the specified thing from the specified group.
---@param params? awsjobs.iot.RemoveThingFromThingGroupRequest
---@return awsjobs.iot.RemoveThingFromThingGroupResponse? result
---@return awsjobs.Error? err
function iot:removeThingFromThingGroup(params) end

---Replaces the rule.
---@param params awsjobs.iot.ReplaceTopicRuleRequest
---@return table? result
---@return awsjobs.Error? err
function iot:replaceTopicRule(params) end

---The query search index.
---@param params awsjobs.iot.SearchIndexRequest
---@return awsjobs.iot.SearchIndexResponse? result
---@return awsjobs.Error? err
function iot:searchIndex(params) end

---Sets the default authorizer.
---@param params awsjobs.iot.SetDefaultAuthorizerRequest
---@return awsjobs.iot.SetDefaultAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:setDefaultAuthorizer(params) end

---Sets the specified version of the specified policy as the policy's default (operative) version.
---@param params awsjobs.iot.SetDefaultPolicyVersionRequest
---@return table? result
---@return awsjobs.Error? err
function iot:setDefaultPolicyVersion(params) end

---Sets the logging options.
---@param params awsjobs.iot.SetLoggingOptionsRequest
---@return table? result
---@return awsjobs.Error? err
function iot:setLoggingOptions(params) end

---Sets the logging level.
---@param params awsjobs.iot.SetV2LoggingLevelRequest
---@return table? result
---@return awsjobs.Error? err
function iot:setV2LoggingLevel(params) end

---Sets the logging options for the V2 logging service.
---@param params? awsjobs.iot.SetV2LoggingOptionsRequest
---@return table? result
---@return awsjobs.Error? err
function iot:setV2LoggingOptions(params) end

---Starts a task that applies a set of mitigation actions to the specified target.
---@param params awsjobs.iot.StartAuditMitigationActionsTaskRequest
---@return awsjobs.iot.StartAuditMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:startAuditMitigationActionsTask(params) end

---Starts a Device Defender ML Detect mitigation actions task.
---@param params awsjobs.iot.StartDetectMitigationActionsTaskRequest
---@return awsjobs.iot.StartDetectMitigationActionsTaskResponse? result
---@return awsjobs.Error? err
function iot:startDetectMitigationActionsTask(params) end

---Starts an on-demand Device Defender audit.
---@param params awsjobs.iot.StartOnDemandAuditTaskRequest
---@return awsjobs.iot.StartOnDemandAuditTaskResponse? result
---@return awsjobs.Error? err
function iot:startOnDemandAuditTask(params) end

---Creates a bulk thing provisioning task.
---@param params awsjobs.iot.StartThingRegistrationTaskRequest
---@return awsjobs.iot.StartThingRegistrationTaskResponse? result
---@return awsjobs.Error? err
function iot:startThingRegistrationTask(params) end

---Cancels a bulk thing provisioning task.
---@param params awsjobs.iot.StopThingRegistrationTaskRequest
---@return awsjobs.iot.StopThingRegistrationTaskResponse? result
---@return awsjobs.Error? err
function iot:stopThingRegistrationTask(params) end

---Adds to or modifies the tags of the given resource.
---@param params awsjobs.iot.TagResourceRequest
---@return awsjobs.iot.TagResourceResponse? result
---@return awsjobs.Error? err
function iot:tagResource(params) end

---Tests if a specified principal is authorized to perform an IoT action on a specified resource.
---@param params awsjobs.iot.TestAuthorizationRequest
---@return awsjobs.iot.TestAuthorizationResponse? result
---@return awsjobs.Error? err
function iot:testAuthorization(params) end

---Tests a custom authorization behavior by invoking a specified custom authorizer.
---@param params awsjobs.iot.TestInvokeAuthorizerRequest
---@return awsjobs.iot.TestInvokeAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:testInvokeAuthorizer(params) end

---Transfers the specified certificate to the specified Amazon Web Services account.
---@param params awsjobs.iot.TransferCertificateRequest
---@return awsjobs.iot.TransferCertificateResponse? result
---@return awsjobs.Error? err
function iot:transferCertificate(params) end

---Removes the given tags (metadata) from the resource.
---@param params awsjobs.iot.UntagResourceRequest
---@return awsjobs.iot.UntagResourceResponse? result
---@return awsjobs.Error? err
function iot:untagResource(params) end

---Configures or reconfigures the Device Defender audit settings for this account.
---@param params? awsjobs.iot.UpdateAccountAuditConfigurationRequest
---@return awsjobs.iot.UpdateAccountAuditConfigurationResponse? result
---@return awsjobs.Error? err
function iot:updateAccountAuditConfiguration(params) end

---Updates a Device Defender audit suppression.
---@param params awsjobs.iot.UpdateAuditSuppressionRequest
---@return awsjobs.iot.UpdateAuditSuppressionResponse? result
---@return awsjobs.Error? err
function iot:updateAuditSuppression(params) end

---Updates an authorizer.
---@param params awsjobs.iot.UpdateAuthorizerRequest
---@return awsjobs.iot.UpdateAuthorizerResponse? result
---@return awsjobs.Error? err
function iot:updateAuthorizer(params) end

---Updates information about the billing group.
---@param params awsjobs.iot.UpdateBillingGroupRequest
---@return awsjobs.iot.UpdateBillingGroupResponse? result
---@return awsjobs.Error? err
function iot:updateBillingGroup(params) end

---Updates a registered CA certificate.
---@param params awsjobs.iot.UpdateCACertificateRequest
---@return table? result
---@return awsjobs.Error? err
function iot:updateCACertificate(params) end

---Updates the status of the specified certificate.
---@param params awsjobs.iot.UpdateCertificateRequest
---@return table? result
---@return awsjobs.Error? err
function iot:updateCertificate(params) end

---Updates a certificate provider.
---@param params awsjobs.iot.UpdateCertificateProviderRequest
---@return awsjobs.iot.UpdateCertificateProviderResponse? result
---@return awsjobs.Error? err
function iot:updateCertificateProvider(params) end

---Update information about a command or mark a command for deprecation.
---@param params awsjobs.iot.UpdateCommandRequest
---@return awsjobs.iot.UpdateCommandResponse? result
---@return awsjobs.Error? err
function iot:updateCommand(params) end

---Updates a Device Defender detect custom metric.
---@param params awsjobs.iot.UpdateCustomMetricRequest
---@return awsjobs.iot.UpdateCustomMetricResponse? result
---@return awsjobs.Error? err
function iot:updateCustomMetric(params) end

---Updates the definition for a dimension.
---@param params awsjobs.iot.UpdateDimensionRequest
---@return awsjobs.iot.UpdateDimensionResponse? result
---@return awsjobs.Error? err
function iot:updateDimension(params) end

---Updates values stored in the domain configuration.
---@param params awsjobs.iot.UpdateDomainConfigurationRequest
---@return awsjobs.iot.UpdateDomainConfigurationResponse? result
---@return awsjobs.Error? err
function iot:updateDomainConfiguration(params) end

---Updates a dynamic thing group.
---@param params awsjobs.iot.UpdateDynamicThingGroupRequest
---@return awsjobs.iot.UpdateDynamicThingGroupResponse? result
---@return awsjobs.Error? err
function iot:updateDynamicThingGroup(params) end

---Updates the encryption configuration.
---@param params awsjobs.iot.UpdateEncryptionConfigurationRequest
---@return awsjobs.iot.UpdateEncryptionConfigurationResponse? result
---@return awsjobs.Error? err
function iot:updateEncryptionConfiguration(params) end

---Updates the event configurations.
---@param params? awsjobs.iot.UpdateEventConfigurationsRequest
---@return awsjobs.iot.UpdateEventConfigurationsResponse? result
---@return awsjobs.Error? err
function iot:updateEventConfigurations(params) end

---Updates the data for a fleet metric.
---@param params awsjobs.iot.UpdateFleetMetricRequest
---@return table? result
---@return awsjobs.Error? err
function iot:updateFleetMetric(params) end

---Updates the search configuration.
---@param params? awsjobs.iot.UpdateIndexingConfigurationRequest
---@return awsjobs.iot.UpdateIndexingConfigurationResponse? result
---@return awsjobs.Error? err
function iot:updateIndexingConfiguration(params) end

---Updates supported fields of the specified job.
---@param params awsjobs.iot.UpdateJobRequest
---@return table? result
---@return awsjobs.Error? err
function iot:updateJob(params) end

---Updates the definition for the specified mitigation action.
---@param params awsjobs.iot.UpdateMitigationActionRequest
---@return awsjobs.iot.UpdateMitigationActionResponse? result
---@return awsjobs.Error? err
function iot:updateMitigationAction(params) end

---Updates the supported fields for a specific software package.
---@param params awsjobs.iot.UpdatePackageRequest
---@return awsjobs.iot.UpdatePackageResponse? result
---@return awsjobs.Error? err
function iot:updatePackage(params) end

---Updates the software package configuration.
---@param params? awsjobs.iot.UpdatePackageConfigurationRequest
---@return awsjobs.iot.UpdatePackageConfigurationResponse? result
---@return awsjobs.Error? err
function iot:updatePackageConfiguration(params) end

---Updates the supported fields for a specific package version.
---@param params awsjobs.iot.UpdatePackageVersionRequest
---@return awsjobs.iot.UpdatePackageVersionResponse? result
---@return awsjobs.Error? err
function iot:updatePackageVersion(params) end

---Updates a provisioning template.
---@param params awsjobs.iot.UpdateProvisioningTemplateRequest
---@return awsjobs.iot.UpdateProvisioningTemplateResponse? result
---@return awsjobs.Error? err
function iot:updateProvisioningTemplate(params) end

---Updates a role alias.
---@param params awsjobs.iot.UpdateRoleAliasRequest
---@return awsjobs.iot.UpdateRoleAliasResponse? result
---@return awsjobs.Error? err
function iot:updateRoleAlias(params) end

---Updates a scheduled audit, including which checks are performed and how often the audit takes place.
---@param params awsjobs.iot.UpdateScheduledAuditRequest
---@return awsjobs.iot.UpdateScheduledAuditResponse? result
---@return awsjobs.Error? err
function iot:updateScheduledAudit(params) end

---Updates a Device Defender security profile.
---@param params awsjobs.iot.UpdateSecurityProfileRequest
---@return awsjobs.iot.UpdateSecurityProfileResponse? result
---@return awsjobs.Error? err
function iot:updateSecurityProfile(params) end

---Updates an existing stream.
---@param params awsjobs.iot.UpdateStreamRequest
---@return awsjobs.iot.UpdateStreamResponse? result
---@return awsjobs.Error? err
function iot:updateStream(params) end

---Updates the data for a thing.
---@param params awsjobs.iot.UpdateThingRequest
---@return awsjobs.iot.UpdateThingResponse? result
---@return awsjobs.Error? err
function iot:updateThing(params) end

---Update a thing group.
---@param params awsjobs.iot.UpdateThingGroupRequest
---@return awsjobs.iot.UpdateThingGroupResponse? result
---@return awsjobs.Error? err
function iot:updateThingGroup(params) end

---Updates the groups to which the thing belongs.
---@param params? awsjobs.iot.UpdateThingGroupsForThingRequest
---@return awsjobs.iot.UpdateThingGroupsForThingResponse? result
---@return awsjobs.Error? err
function iot:updateThingGroupsForThing(params) end

---Updates a thing type.
---@param params awsjobs.iot.UpdateThingTypeRequest
---@return awsjobs.iot.UpdateThingTypeResponse? result
---@return awsjobs.Error? err
function iot:updateThingType(params) end

---Updates a topic rule destination.
---@param params awsjobs.iot.UpdateTopicRuleDestinationRequest
---@return awsjobs.iot.UpdateTopicRuleDestinationResponse? result
---@return awsjobs.Error? err
function iot:updateTopicRuleDestination(params) end

---Validates a Device Defender security profile behaviors specification.
---@param params awsjobs.iot.ValidateSecurityProfileBehaviorsRequest
---@return awsjobs.iot.ValidateSecurityProfileBehaviorsResponse? result
---@return awsjobs.Error? err
function iot:validateSecurityProfileBehaviors(params) end

---Calls an operation by name.
---@param operation awsjobs.iot.Operation
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function iot:call(operation, params) end

---Polls until the waiter's success state (or fails with err.kind "waiter").
---@param name awsjobs.iot.Waiter
---@param params? table
---@param opts? awsjobs.WaiterOptions
---@return table? result
---@return awsjobs.Error? err
function iot:waitUntil(name, params, opts) end

---Iterates over the pages of a paginated operation; a failed page is false, err.
---@param operation awsjobs.iot.Paginated
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function iot:pages(operation, params) end

---The result list of every page joined (a table of lists where there are several keys).
---@param operation awsjobs.iot.Paginated
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function iot:all(operation, params) end
