---@meta
-- Generated from botocore 1.43.11 (sagemaker 2017-07-24); do not edit. Regenerate: python3 tools/gen_docs.py
-- LuaLS definitions of awsjobs.sagemaker (see types/awsjobs/init.d.lua for the rest of the API).

---@alias awsjobs.sagemaker.Operation "AddAssociation"|"AddTags"|"AssociateTrialComponent"|"AttachClusterNodeVolume"|"BatchAddClusterNodes"|"BatchDeleteClusterNodes"|"BatchDescribeModelPackage"|"BatchRebootClusterNodes"|"BatchReplaceClusterNodes"|"CreateAIBenchmarkJob"|"CreateAIRecommendationJob"|"CreateAIWorkloadConfig"|"CreateAction"|"CreateAlgorithm"|"CreateApp"|"CreateAppImageConfig"|"CreateArtifact"|"CreateAutoMLJob"|"CreateAutoMLJobV2"|"CreateCluster"|"CreateClusterSchedulerConfig"|"CreateCodeRepository"|"CreateCompilationJob"|"CreateComputeQuota"|"CreateContext"|"CreateDataQualityJobDefinition"|"CreateDeviceFleet"|"CreateDomain"|"CreateEdgeDeploymentPlan"|"CreateEdgeDeploymentStage"|"CreateEdgePackagingJob"|"CreateEndpoint"|"CreateEndpointConfig"|"CreateExperiment"|"CreateFeatureGroup"|"CreateFlowDefinition"|"CreateHub"|"CreateHubContentPresignedUrls"|"CreateHubContentReference"|"CreateHumanTaskUi"|"CreateHyperParameterTuningJob"|"CreateImage"|"CreateImageVersion"|"CreateInferenceComponent"|"CreateInferenceExperiment"|"CreateInferenceRecommendationsJob"|"CreateLabelingJob"|"CreateMlflowApp"|"CreateMlflowTrackingServer"|"CreateModel"|"CreateModelBiasJobDefinition"|"CreateModelCard"|"CreateModelCardExportJob"|"CreateModelExplainabilityJobDefinition"|"CreateModelPackage"|"CreateModelPackageGroup"|"CreateModelQualityJobDefinition"|"CreateMonitoringSchedule"|"CreateNotebookInstance"|"CreateNotebookInstanceLifecycleConfig"|"CreateOptimizationJob"|"CreatePartnerApp"|"CreatePartnerAppPresignedUrl"|"CreatePipeline"|"CreatePresignedDomainUrl"|"CreatePresignedMlflowAppUrl"|"CreatePresignedMlflowTrackingServerUrl"|"CreatePresignedNotebookInstanceUrl"|"CreateProcessingJob"|"CreateProject"|"CreateSpace"|"CreateStudioLifecycleConfig"|"CreateTrainingJob"|"CreateTrainingPlan"|"CreateTransformJob"|"CreateTrial"|"CreateTrialComponent"|"CreateUserProfile"|"CreateWorkforce"|"CreateWorkteam"|"DeleteAIBenchmarkJob"|"DeleteAIRecommendationJob"|"DeleteAIWorkloadConfig"|"DeleteAction"|"DeleteAlgorithm"|"DeleteApp"|"DeleteAppImageConfig"|"DeleteArtifact"|"DeleteAssociation"|"DeleteCluster"|"DeleteClusterSchedulerConfig"|"DeleteCodeRepository"|"DeleteCompilationJob"|"DeleteComputeQuota"|"DeleteContext"|"DeleteDataQualityJobDefinition"|"DeleteDeviceFleet"|"DeleteDomain"|"DeleteEdgeDeploymentPlan"|"DeleteEdgeDeploymentStage"|"DeleteEndpoint"|"DeleteEndpointConfig"|"DeleteExperiment"|"DeleteFeatureGroup"|"DeleteFlowDefinition"|"DeleteHub"|"DeleteHubContent"|"DeleteHubContentReference"|"DeleteHumanTaskUi"|"DeleteHyperParameterTuningJob"|"DeleteImage"|"DeleteImageVersion"|"DeleteInferenceComponent"|"DeleteInferenceExperiment"|"DeleteMlflowApp"|"DeleteMlflowTrackingServer"|"DeleteModel"|"DeleteModelBiasJobDefinition"|"DeleteModelCard"|"DeleteModelExplainabilityJobDefinition"|"DeleteModelPackage"|"DeleteModelPackageGroup"|"DeleteModelPackageGroupPolicy"|"DeleteModelQualityJobDefinition"|"DeleteMonitoringSchedule"|"DeleteNotebookInstance"|"DeleteNotebookInstanceLifecycleConfig"|"DeleteOptimizationJob"|"DeletePartnerApp"|"DeletePipeline"|"DeleteProcessingJob"|"DeleteProject"|"DeleteSpace"|"DeleteStudioLifecycleConfig"|"DeleteTags"|"DeleteTrainingJob"|"DeleteTrial"|"DeleteTrialComponent"|"DeleteUserProfile"|"DeleteWorkforce"|"DeleteWorkteam"|"DeregisterDevices"|"DescribeAIBenchmarkJob"|"DescribeAIRecommendationJob"|"DescribeAIWorkloadConfig"|"DescribeAction"|"DescribeAlgorithm"|"DescribeApp"|"DescribeAppImageConfig"|"DescribeArtifact"|"DescribeAutoMLJob"|"DescribeAutoMLJobV2"|"DescribeCluster"|"DescribeClusterEvent"|"DescribeClusterNode"|"DescribeClusterSchedulerConfig"|"DescribeCodeRepository"|"DescribeCompilationJob"|"DescribeComputeQuota"|"DescribeContext"|"DescribeDataQualityJobDefinition"|"DescribeDevice"|"DescribeDeviceFleet"|"DescribeDomain"|"DescribeEdgeDeploymentPlan"|"DescribeEdgePackagingJob"|"DescribeEndpoint"|"DescribeEndpointConfig"|"DescribeExperiment"|"DescribeFeatureGroup"|"DescribeFeatureMetadata"|"DescribeFlowDefinition"|"DescribeHub"|"DescribeHubContent"|"DescribeHumanTaskUi"|"DescribeHyperParameterTuningJob"|"DescribeImage"|"DescribeImageVersion"|"DescribeInferenceComponent"|"DescribeInferenceExperiment"|"DescribeInferenceRecommendationsJob"|"DescribeLabelingJob"|"DescribeLineageGroup"|"DescribeMlflowApp"|"DescribeMlflowTrackingServer"|"DescribeModel"|"DescribeModelBiasJobDefinition"|"DescribeModelCard"|"DescribeModelCardExportJob"|"DescribeModelExplainabilityJobDefinition"|"DescribeModelPackage"|"DescribeModelPackageGroup"|"DescribeModelQualityJobDefinition"|"DescribeMonitoringSchedule"|"DescribeNotebookInstance"|"DescribeNotebookInstanceLifecycleConfig"|"DescribeOptimizationJob"|"DescribePartnerApp"|"DescribePipeline"|"DescribePipelineDefinitionForExecution"|"DescribePipelineExecution"|"DescribeProcessingJob"|"DescribeProject"|"DescribeReservedCapacity"|"DescribeSpace"|"DescribeStudioLifecycleConfig"|"DescribeSubscribedWorkteam"|"DescribeTrainingJob"|"DescribeTrainingPlan"|"DescribeTrainingPlanExtensionHistory"|"DescribeTransformJob"|"DescribeTrial"|"DescribeTrialComponent"|"DescribeUserProfile"|"DescribeWorkforce"|"DescribeWorkteam"|"DetachClusterNodeVolume"|"DisableSagemakerServicecatalogPortfolio"|"DisassociateTrialComponent"|"EnableSagemakerServicecatalogPortfolio"|"ExtendTrainingPlan"|"GetDeviceFleetReport"|"GetLineageGroupPolicy"|"GetModelPackageGroupPolicy"|"GetSagemakerServicecatalogPortfolioStatus"|"GetScalingConfigurationRecommendation"|"GetSearchSuggestions"|"ImportHubContent"|"ListAIBenchmarkJobs"|"ListAIRecommendationJobs"|"ListAIWorkloadConfigs"|"ListActions"|"ListAlgorithms"|"ListAliases"|"ListAppImageConfigs"|"ListApps"|"ListArtifacts"|"ListAssociations"|"ListAutoMLJobs"|"ListCandidatesForAutoMLJob"|"ListClusterEvents"|"ListClusterNodes"|"ListClusterSchedulerConfigs"|"ListClusters"|"ListCodeRepositories"|"ListCompilationJobs"|"ListComputeQuotas"|"ListContexts"|"ListDataQualityJobDefinitions"|"ListDeviceFleets"|"ListDevices"|"ListDomains"|"ListEdgeDeploymentPlans"|"ListEdgePackagingJobs"|"ListEndpointConfigs"|"ListEndpoints"|"ListExperiments"|"ListFeatureGroups"|"ListFlowDefinitions"|"ListHubContentVersions"|"ListHubContents"|"ListHubs"|"ListHumanTaskUis"|"ListHyperParameterTuningJobs"|"ListImageVersions"|"ListImages"|"ListInferenceComponents"|"ListInferenceExperiments"|"ListInferenceRecommendationsJobSteps"|"ListInferenceRecommendationsJobs"|"ListLabelingJobs"|"ListLabelingJobsForWorkteam"|"ListLineageGroups"|"ListMlflowApps"|"ListMlflowTrackingServers"|"ListModelBiasJobDefinitions"|"ListModelCardExportJobs"|"ListModelCardVersions"|"ListModelCards"|"ListModelExplainabilityJobDefinitions"|"ListModelMetadata"|"ListModelPackageGroups"|"ListModelPackages"|"ListModelQualityJobDefinitions"|"ListModels"|"ListMonitoringAlertHistory"|"ListMonitoringAlerts"|"ListMonitoringExecutions"|"ListMonitoringSchedules"|"ListNotebookInstanceLifecycleConfigs"|"ListNotebookInstances"|"ListOptimizationJobs"|"ListPartnerApps"|"ListPipelineExecutionSteps"|"ListPipelineExecutions"|"ListPipelineParametersForExecution"|"ListPipelineVersions"|"ListPipelines"|"ListProcessingJobs"|"ListProjects"|"ListResourceCatalogs"|"ListSpaces"|"ListStageDevices"|"ListStudioLifecycleConfigs"|"ListSubscribedWorkteams"|"ListTags"|"ListTrainingJobs"|"ListTrainingJobsForHyperParameterTuningJob"|"ListTrainingPlans"|"ListTransformJobs"|"ListTrialComponents"|"ListTrials"|"ListUltraServersByReservedCapacity"|"ListUserProfiles"|"ListWorkforces"|"ListWorkteams"|"PutModelPackageGroupPolicy"|"QueryLineage"|"RegisterDevices"|"RenderUiTemplate"|"RetryPipelineExecution"|"Search"|"SearchTrainingPlanOfferings"|"SendPipelineExecutionStepFailure"|"SendPipelineExecutionStepSuccess"|"StartClusterHealthCheck"|"StartEdgeDeploymentStage"|"StartInferenceExperiment"|"StartMlflowTrackingServer"|"StartMonitoringSchedule"|"StartNotebookInstance"|"StartPipelineExecution"|"StartSession"|"StopAIBenchmarkJob"|"StopAIRecommendationJob"|"StopAutoMLJob"|"StopCompilationJob"|"StopEdgeDeploymentStage"|"StopEdgePackagingJob"|"StopHyperParameterTuningJob"|"StopInferenceExperiment"|"StopInferenceRecommendationsJob"|"StopLabelingJob"|"StopMlflowTrackingServer"|"StopMonitoringSchedule"|"StopNotebookInstance"|"StopOptimizationJob"|"StopPipelineExecution"|"StopProcessingJob"|"StopTrainingJob"|"StopTransformJob"|"UpdateAction"|"UpdateAppImageConfig"|"UpdateArtifact"|"UpdateCluster"|"UpdateClusterSchedulerConfig"|"UpdateClusterSoftware"|"UpdateCodeRepository"|"UpdateComputeQuota"|"UpdateContext"|"UpdateDeviceFleet"|"UpdateDevices"|"UpdateDomain"|"UpdateEndpoint"|"UpdateEndpointWeightsAndCapacities"|"UpdateExperiment"|"UpdateFeatureGroup"|"UpdateFeatureMetadata"|"UpdateHub"|"UpdateHubContent"|"UpdateHubContentReference"|"UpdateImage"|"UpdateImageVersion"|"UpdateInferenceComponent"|"UpdateInferenceComponentRuntimeConfig"|"UpdateInferenceExperiment"|"UpdateMlflowApp"|"UpdateMlflowTrackingServer"|"UpdateModelCard"|"UpdateModelPackage"|"UpdateMonitoringAlert"|"UpdateMonitoringSchedule"|"UpdateNotebookInstance"|"UpdateNotebookInstanceLifecycleConfig"|"UpdatePartnerApp"|"UpdatePipeline"|"UpdatePipelineExecution"|"UpdatePipelineVersion"|"UpdateProject"|"UpdateSpace"|"UpdateTrainingJob"|"UpdateTrial"|"UpdateTrialComponent"|"UpdateUserProfile"|"UpdateWorkforce"|"UpdateWorkteam"
---@alias awsjobs.sagemaker.Waiter "EndpointDeleted"|"EndpointInService"|"ImageCreated"|"ImageDeleted"|"ImageUpdated"|"ImageVersionCreated"|"ImageVersionDeleted"|"NotebookInstanceDeleted"|"NotebookInstanceInService"|"NotebookInstanceStopped"|"PipelineExecutionComplete"|"ProcessingJobCompletedOrStopped"|"TrainingJobCompletedOrStopped"|"TransformJobCompletedOrStopped"
---@alias awsjobs.sagemaker.Paginated "CreateHubContentPresignedUrls"|"DescribeTrainingPlanExtensionHistory"|"ListAIBenchmarkJobs"|"ListAIRecommendationJobs"|"ListAIWorkloadConfigs"|"ListActions"|"ListAlgorithms"|"ListAliases"|"ListAppImageConfigs"|"ListApps"|"ListArtifacts"|"ListAssociations"|"ListAutoMLJobs"|"ListCandidatesForAutoMLJob"|"ListClusterEvents"|"ListClusterNodes"|"ListClusterSchedulerConfigs"|"ListClusters"|"ListCodeRepositories"|"ListCompilationJobs"|"ListComputeQuotas"|"ListContexts"|"ListDataQualityJobDefinitions"|"ListDeviceFleets"|"ListDevices"|"ListDomains"|"ListEdgeDeploymentPlans"|"ListEdgePackagingJobs"|"ListEndpointConfigs"|"ListEndpoints"|"ListExperiments"|"ListFeatureGroups"|"ListFlowDefinitions"|"ListHumanTaskUis"|"ListHyperParameterTuningJobs"|"ListImageVersions"|"ListImages"|"ListInferenceComponents"|"ListInferenceExperiments"|"ListInferenceRecommendationsJobSteps"|"ListInferenceRecommendationsJobs"|"ListLabelingJobs"|"ListLabelingJobsForWorkteam"|"ListLineageGroups"|"ListMlflowApps"|"ListMlflowTrackingServers"|"ListModelBiasJobDefinitions"|"ListModelCardExportJobs"|"ListModelCardVersions"|"ListModelCards"|"ListModelExplainabilityJobDefinitions"|"ListModelMetadata"|"ListModelPackageGroups"|"ListModelPackages"|"ListModelQualityJobDefinitions"|"ListModels"|"ListMonitoringAlertHistory"|"ListMonitoringAlerts"|"ListMonitoringExecutions"|"ListMonitoringSchedules"|"ListNotebookInstanceLifecycleConfigs"|"ListNotebookInstances"|"ListOptimizationJobs"|"ListPartnerApps"|"ListPipelineExecutionSteps"|"ListPipelineExecutions"|"ListPipelineParametersForExecution"|"ListPipelineVersions"|"ListPipelines"|"ListProcessingJobs"|"ListResourceCatalogs"|"ListSpaces"|"ListStageDevices"|"ListStudioLifecycleConfigs"|"ListSubscribedWorkteams"|"ListTags"|"ListTrainingJobs"|"ListTrainingJobsForHyperParameterTuningJob"|"ListTrainingPlans"|"ListTransformJobs"|"ListTrialComponents"|"ListTrials"|"ListUltraServersByReservedCapacity"|"ListUserProfiles"|"ListWorkforces"|"ListWorkteams"|"Search"
---@alias awsjobs.sagemaker.AIBenchmarkJobStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.AICapacityReservationPreference "capacity-reservations-only"
---@alias awsjobs.sagemaker.AIRecommendationInferenceFramework "LMI"|"VLLM"
---@alias awsjobs.sagemaker.AIRecommendationInstanceType "ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.12xlarge"|"ml.g5.16xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.12xlarge"|"ml.g6e.16xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.g7e.2xlarge"|"ml.g7e.4xlarge"|"ml.g7e.8xlarge"|"ml.g7e.12xlarge"|"ml.g7e.24xlarge"|"ml.g7e.48xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.p5.4xlarge"|"ml.p5.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"
---@alias awsjobs.sagemaker.AIRecommendationJobStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.AIRecommendationMetric "ttft-ms"|"throughput"|"cost"
---@alias awsjobs.sagemaker.AIRecommendationOptimizationType "SpeculativeDecoding"|"KernelTuning"
---@alias awsjobs.sagemaker.AccountDefaultStatus "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.ActionStatus "Unknown"|"InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.ActivationState "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.ActiveClusterOperationName "Scaling"
---@alias awsjobs.sagemaker.AdditionalS3DataSourceDataType "S3Object"|"S3Prefix"
---@alias awsjobs.sagemaker.AggregationTransformationValue "sum"|"avg"|"first"|"min"|"max"
---@alias awsjobs.sagemaker.AlgorithmSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.AlgorithmStatus "Pending"|"InProgress"|"Completed"|"Failed"|"Deleting"
---@alias awsjobs.sagemaker.AppImageConfigSortKey "CreationTime"|"LastModifiedTime"|"Name"
---@alias awsjobs.sagemaker.AppInstanceType "system"|"ml.t3.micro"|"ml.t3.small"|"ml.t3.medium"|"ml.t3.large"|"ml.t3.xlarge"|"ml.t3.2xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.8xlarge"|"ml.m5.12xlarge"|"ml.m5.16xlarge"|"ml.m5.24xlarge"|"ml.m5d.large"|"ml.m5d.xlarge"|"ml.m5d.2xlarge"|"ml.m5d.4xlarge"|"ml.m5d.8xlarge"|"ml.m5d.12xlarge"|"ml.m5d.16xlarge"|"ml.m5d.24xlarge"|"ml.c5.large"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.12xlarge"|"ml.c5.18xlarge"|"ml.c5.24xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.p3dn.24xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.r5.large"|"ml.r5.xlarge"|"ml.r5.2xlarge"|"ml.r5.4xlarge"|"ml.r5.8xlarge"|"ml.r5.12xlarge"|"ml.r5.16xlarge"|"ml.r5.24xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.16xlarge"|"ml.g5.12xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.12xlarge"|"ml.g6e.16xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.geospatial.interactive"|"ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"|"ml.p5.48xlarge"|"ml.p5en.48xlarge"|"ml.p6-b200.48xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c6i.large"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r6i.large"|"ml.r6i.xlarge"|"ml.r6i.2xlarge"|"ml.r6i.4xlarge"|"ml.r6i.8xlarge"|"ml.r6i.12xlarge"|"ml.r6i.16xlarge"|"ml.r6i.24xlarge"|"ml.r6i.32xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.m6id.large"|"ml.m6id.xlarge"|"ml.m6id.2xlarge"|"ml.m6id.4xlarge"|"ml.m6id.8xlarge"|"ml.m6id.12xlarge"|"ml.m6id.16xlarge"|"ml.m6id.24xlarge"|"ml.m6id.32xlarge"|"ml.c6id.large"|"ml.c6id.xlarge"|"ml.c6id.2xlarge"|"ml.c6id.4xlarge"|"ml.c6id.8xlarge"|"ml.c6id.12xlarge"|"ml.c6id.16xlarge"|"ml.c6id.24xlarge"|"ml.c6id.32xlarge"|"ml.r6id.large"|"ml.r6id.xlarge"|"ml.r6id.2xlarge"|"ml.r6id.4xlarge"|"ml.r6id.8xlarge"|"ml.r6id.12xlarge"|"ml.r6id.16xlarge"|"ml.r6id.24xlarge"|"ml.r6id.32xlarge"|"ml.p5.4xlarge"
---@alias awsjobs.sagemaker.AppNetworkAccessType "PublicInternetOnly"|"VpcOnly"
---@alias awsjobs.sagemaker.AppSecurityGroupManagement "Service"|"Customer"
---@alias awsjobs.sagemaker.AppSortKey "CreationTime"
---@alias awsjobs.sagemaker.AppStatus "Deleted"|"Deleting"|"Failed"|"InService"|"Pending"
---@alias awsjobs.sagemaker.AppType "JupyterServer"|"KernelGateway"|"DetailedProfiler"|"TensorBoard"|"CodeEditor"|"JupyterLab"|"RStudioServerPro"|"RSessionGateway"|"Canvas"
---@alias awsjobs.sagemaker.ArtifactSourceIdType "MD5Hash"|"S3ETag"|"S3Version"|"Custom"
---@alias awsjobs.sagemaker.AssemblyType "None"|"Line"
---@alias awsjobs.sagemaker.AssociationEdgeType "ContributedTo"|"AssociatedWith"|"DerivedFrom"|"Produced"|"SameAs"
---@alias awsjobs.sagemaker.AsyncNotificationTopicTypes "SUCCESS_NOTIFICATION_TOPIC"|"ERROR_NOTIFICATION_TOPIC"
---@alias awsjobs.sagemaker.AthenaResultCompressionType "GZIP"|"SNAPPY"|"ZLIB"
---@alias awsjobs.sagemaker.AthenaResultFormat "PARQUET"|"ORC"|"AVRO"|"JSON"|"TEXTFILE"
---@alias awsjobs.sagemaker.AuthMode "SSO"|"IAM"
---@alias awsjobs.sagemaker.AutoMLAlgorithm "xgboost"|"linear-learner"|"mlp"|"lightgbm"|"catboost"|"randomforest"|"extra-trees"|"nn-torch"|"fastai"|"cnn-qr"|"deepar"|"prophet"|"npts"|"arima"|"ets"
---@alias awsjobs.sagemaker.AutoMLChannelType "training"|"validation"
---@alias awsjobs.sagemaker.AutoMLJobObjectiveType "Maximize"|"Minimize"
---@alias awsjobs.sagemaker.AutoMLJobSecondaryStatus "Starting"|"MaxCandidatesReached"|"Failed"|"Stopped"|"MaxAutoMLJobRuntimeReached"|"Stopping"|"CandidateDefinitionsGenerated"|"Completed"|"ExplainabilityError"|"DeployingModel"|"ModelDeploymentError"|"GeneratingModelInsightsReport"|"ModelInsightsError"|"AnalyzingData"|"FeatureEngineering"|"ModelTuning"|"GeneratingExplainabilityReport"|"TrainingModels"|"PreTraining"
---@alias awsjobs.sagemaker.AutoMLJobStatus "Completed"|"InProgress"|"Failed"|"Stopped"|"Stopping"
---@alias awsjobs.sagemaker.AutoMLMetricEnum "Accuracy"|"MSE"|"F1"|"F1macro"|"AUC"|"RMSE"|"BalancedAccuracy"|"R2"|"Recall"|"RecallMacro"|"Precision"|"PrecisionMacro"|"MAE"|"MAPE"|"MASE"|"WAPE"|"AverageWeightedQuantileLoss"
---@alias awsjobs.sagemaker.AutoMLMetricExtendedEnum "Accuracy"|"MSE"|"F1"|"F1macro"|"AUC"|"RMSE"|"MAE"|"R2"|"BalancedAccuracy"|"Precision"|"PrecisionMacro"|"Recall"|"RecallMacro"|"LogLoss"|"InferenceLatency"|"MAPE"|"MASE"|"WAPE"|"AverageWeightedQuantileLoss"|"Rouge1"|"Rouge2"|"RougeL"|"RougeLSum"|"Perplexity"|"ValidationLoss"|"TrainingLoss"
---@alias awsjobs.sagemaker.AutoMLMode "AUTO"|"ENSEMBLING"|"HYPERPARAMETER_TUNING"
---@alias awsjobs.sagemaker.AutoMLProblemTypeConfigName "ImageClassification"|"TextClassification"|"TimeSeriesForecasting"|"Tabular"|"TextGeneration"
---@alias awsjobs.sagemaker.AutoMLProcessingUnit "CPU"|"GPU"
---@alias awsjobs.sagemaker.AutoMLS3DataType "ManifestFile"|"S3Prefix"|"AugmentedManifestFile"
---@alias awsjobs.sagemaker.AutoMLSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.AutoMLSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.AutoMountHomeEFS "Enabled"|"Disabled"|"DefaultAsDomain"
---@alias awsjobs.sagemaker.AutotuneMode "Enabled"
---@alias awsjobs.sagemaker.AvailabilityZoneBalanceEnforcementMode "PERMISSIVE"
---@alias awsjobs.sagemaker.AwsManagedHumanLoopRequestSource "AWS/Rekognition/DetectModerationLabels/Image/V3"|"AWS/Textract/AnalyzeDocument/Forms/V1"
---@alias awsjobs.sagemaker.BatchAddClusterNodesErrorCode "InstanceGroupNotFound"|"InvalidInstanceGroupStatus"|"IncompatibleAvailabilityZones"|"IncompatibleInstanceTypes"
---@alias awsjobs.sagemaker.BatchDeleteClusterNodesErrorCode "NodeIdNotFound"|"InvalidNodeStatus"|"NodeIdInUse"
---@alias awsjobs.sagemaker.BatchRebootClusterNodesErrorCode "InstanceIdNotFound"|"InvalidInstanceStatus"|"InstanceIdInUse"|"InternalServerError"
---@alias awsjobs.sagemaker.BatchReplaceClusterNodesErrorCode "InstanceIdNotFound"|"InvalidInstanceStatus"|"InstanceIdInUse"|"InternalServerError"
---@alias awsjobs.sagemaker.BatchStrategy "MultiRecord"|"SingleRecord"
---@alias awsjobs.sagemaker.BooleanOperator "And"|"Or"
---@alias awsjobs.sagemaker.CandidateSortBy "CreationTime"|"Status"|"FinalObjectiveMetricValue"
---@alias awsjobs.sagemaker.CandidateStatus "Completed"|"InProgress"|"Failed"|"Stopped"|"Stopping"
---@alias awsjobs.sagemaker.CandidateStepType "AWS::SageMaker::TrainingJob"|"AWS::SageMaker::TransformJob"|"AWS::SageMaker::ProcessingJob"
---@alias awsjobs.sagemaker.CapacityReservationPreference "capacity-reservations-only"
---@alias awsjobs.sagemaker.CapacityReservationType "ODCR"|"CRG"
---@alias awsjobs.sagemaker.CapacitySizeType "INSTANCE_COUNT"|"CAPACITY_PERCENT"
---@alias awsjobs.sagemaker.CaptureMode "Input"|"Output"|"InputAndOutput"
---@alias awsjobs.sagemaker.CaptureStatus "Started"|"Stopped"
---@alias awsjobs.sagemaker.ClarifyFeatureType "numerical"|"categorical"|"text"
---@alias awsjobs.sagemaker.ClarifyTextGranularity "token"|"sentence"|"paragraph"
---@alias awsjobs.sagemaker.ClarifyTextLanguage "af"|"sq"|"ar"|"hy"|"eu"|"bn"|"bg"|"ca"|"zh"|"hr"|"cs"|"da"|"nl"|"en"|"et"|"fi"|"fr"|"de"|"el"|"gu"|"he"|"hi"|"hu"|"is"|"id"|"ga"|"it"|"kn"|"ky"|"lv"|"lt"|"lb"|"mk"|"ml"|"mr"|"ne"|"nb"|"fa"|"pl"|"pt"|"ro"|"ru"|"sa"|"sr"|"tn"|"si"|"sk"|"sl"|"es"|"sv"|"tl"|"ta"|"tt"|"te"|"tr"|"uk"|"ur"|"yo"|"lij"|"xx"
---@alias awsjobs.sagemaker.ClusterAutoScalerType "Karpenter"
---@alias awsjobs.sagemaker.ClusterAutoScalingMode "Enable"|"Disable"
---@alias awsjobs.sagemaker.ClusterAutoScalingStatus "InService"|"Failed"|"Creating"|"Deleting"
---@alias awsjobs.sagemaker.ClusterCapacityType "Spot"|"OnDemand"
---@alias awsjobs.sagemaker.ClusterConfigMode "Enable"|"Disable"
---@alias awsjobs.sagemaker.ClusterEventLevel "Info"|"Warn"|"Error"
---@alias awsjobs.sagemaker.ClusterEventResourceType "Cluster"|"InstanceGroup"|"Instance"
---@alias awsjobs.sagemaker.ClusterImageVersionStatus "UpToDate"|"UpdateAvailable"
---@alias awsjobs.sagemaker.ClusterInstanceStatus "Running"|"Failure"|"Pending"|"ShuttingDown"|"SystemUpdating"|"DeepHealthCheckInProgress"|"NotFound"
---@alias awsjobs.sagemaker.ClusterInstanceType "ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.p5.48xlarge"|"ml.p5.4xlarge"|"ml.p6e-gb200.36xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.12xlarge"|"ml.g5.16xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.c5.large"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.12xlarge"|"ml.c5.18xlarge"|"ml.c5.24xlarge"|"ml.c5n.large"|"ml.c5n.2xlarge"|"ml.c5n.4xlarge"|"ml.c5n.9xlarge"|"ml.c5n.18xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.8xlarge"|"ml.m5.12xlarge"|"ml.m5.16xlarge"|"ml.m5.24xlarge"|"ml.t3.medium"|"ml.t3.large"|"ml.t3.xlarge"|"ml.t3.2xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.16xlarge"|"ml.g6.12xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.gr6.4xlarge"|"ml.gr6.8xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.16xlarge"|"ml.g6e.12xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"|"ml.p6-b200.48xlarge"|"ml.trn2.3xlarge"|"ml.trn2.48xlarge"|"ml.c6i.large"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.r6i.large"|"ml.r6i.xlarge"|"ml.r6i.2xlarge"|"ml.r6i.4xlarge"|"ml.r6i.8xlarge"|"ml.r6i.12xlarge"|"ml.r6i.16xlarge"|"ml.r6i.24xlarge"|"ml.r6i.32xlarge"|"ml.i3en.large"|"ml.i3en.xlarge"|"ml.i3en.2xlarge"|"ml.i3en.3xlarge"|"ml.i3en.6xlarge"|"ml.i3en.12xlarge"|"ml.i3en.24xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.r5d.16xlarge"|"ml.g7e.2xlarge"|"ml.g7e.4xlarge"|"ml.g7e.8xlarge"|"ml.g7e.12xlarge"|"ml.g7e.24xlarge"|"ml.g7e.48xlarge"|"ml.p6-b300.48xlarge"
---@alias awsjobs.sagemaker.ClusterInterfaceType "efa"|"efa-only"
---@alias awsjobs.sagemaker.ClusterKubernetesTaintEffect "NoSchedule"|"PreferNoSchedule"|"NoExecute"
---@alias awsjobs.sagemaker.ClusterNodeProvisioningMode "Continuous"
---@alias awsjobs.sagemaker.ClusterNodeRecovery "Automatic"|"None"
---@alias awsjobs.sagemaker.ClusterSlurmConfigStrategy "Overwrite"|"Managed"|"Merge"
---@alias awsjobs.sagemaker.ClusterSlurmNodeType "Controller"|"Login"|"Compute"
---@alias awsjobs.sagemaker.ClusterSortBy "CREATION_TIME"|"NAME"
---@alias awsjobs.sagemaker.ClusterStatus "Creating"|"Deleting"|"Failed"|"InService"|"RollingBack"|"SystemUpdating"|"Updating"
---@alias awsjobs.sagemaker.CodeRepositorySortBy "Name"|"CreationTime"|"LastModifiedTime"
---@alias awsjobs.sagemaker.CodeRepositorySortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.CollectionType "List"|"Set"|"Vector"
---@alias awsjobs.sagemaker.CompilationJobStatus "INPROGRESS"|"COMPLETED"|"FAILED"|"STARTING"|"STOPPING"|"STOPPED"
---@alias awsjobs.sagemaker.CompleteOnConvergence "Disabled"|"Enabled"
---@alias awsjobs.sagemaker.CompressionType "None"|"Gzip"
---@alias awsjobs.sagemaker.ConditionOutcome "True"|"False"
---@alias awsjobs.sagemaker.ContainerMode "SingleModel"|"MultiModel"
---@alias awsjobs.sagemaker.ContentClassifier "FreeOfPersonallyIdentifiableInformation"|"FreeOfAdultContent"
---@alias awsjobs.sagemaker.CrossAccountFilterOption "SameAccount"|"CrossAccount"
---@alias awsjobs.sagemaker.CustomizationTechnique "SFT"|"DPO"|"RLVR"|"RLAIF"
---@alias awsjobs.sagemaker.DataDistributionType "FullyReplicated"|"ShardedByS3Key"
---@alias awsjobs.sagemaker.DataSourceName "SalesforceGenie"|"Snowflake"
---@alias awsjobs.sagemaker.DeepHealthCheckType "InstanceStress"|"InstanceConnectivity"
---@alias awsjobs.sagemaker.DetailedAlgorithmStatus "NotStarted"|"InProgress"|"Completed"|"Failed"
---@alias awsjobs.sagemaker.DetailedModelPackageStatus "NotStarted"|"InProgress"|"Completed"|"Failed"
---@alias awsjobs.sagemaker.DeviceDeploymentStatus "READYTODEPLOY"|"INPROGRESS"|"DEPLOYED"|"FAILED"|"STOPPING"|"STOPPED"
---@alias awsjobs.sagemaker.DeviceSubsetType "PERCENTAGE"|"SELECTION"|"NAMECONTAINS"
---@alias awsjobs.sagemaker.DirectInternetAccess "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.Direction "Both"|"Ascendants"|"Descendants"
---@alias awsjobs.sagemaker.DomainStatus "Deleting"|"Failed"|"InService"|"Pending"|"Updating"|"Update_Failed"|"Delete_Failed"
---@alias awsjobs.sagemaker.EdgePackagingJobStatus "STARTING"|"INPROGRESS"|"COMPLETED"|"FAILED"|"STOPPING"|"STOPPED"
---@alias awsjobs.sagemaker.EdgePresetDeploymentStatus "COMPLETED"|"FAILED"
---@alias awsjobs.sagemaker.EdgePresetDeploymentType "GreengrassV2Component"
---@alias awsjobs.sagemaker.EnabledOrDisabled "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.EndpointConfigSortKey "Name"|"CreationTime"
---@alias awsjobs.sagemaker.EndpointSortKey "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.EndpointStatus "OutOfService"|"Creating"|"Updating"|"SystemUpdating"|"RollingBack"|"InService"|"Deleting"|"Failed"|"UpdateRollbackFailed"
---@alias awsjobs.sagemaker.EvaluationType "LLMAJEvaluation"|"CustomScorerEvaluation"|"BenchmarkEvaluation"
---@alias awsjobs.sagemaker.EventSortBy "EventTime"
---@alias awsjobs.sagemaker.ExecutionRoleIdentityConfig "USER_PROFILE_NAME"|"DISABLED"
---@alias awsjobs.sagemaker.ExecutionRoleSessionNameMode "STATIC"|"USER_IDENTITY"
---@alias awsjobs.sagemaker.ExecutionStatus "Pending"|"Completed"|"CompletedWithViolations"|"InProgress"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.FailureHandlingPolicy "ROLLBACK_ON_FAILURE"|"DO_NOTHING"
---@alias awsjobs.sagemaker.FairShare "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.FeatureGroupSortBy "Name"|"FeatureGroupStatus"|"OfflineStoreStatus"|"CreationTime"
---@alias awsjobs.sagemaker.FeatureGroupSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.FeatureGroupStatus "Creating"|"Created"|"CreateFailed"|"Deleting"|"DeleteFailed"
---@alias awsjobs.sagemaker.FeatureStatus "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.FeatureType "Integral"|"Fractional"|"String"
---@alias awsjobs.sagemaker.FileSystemAccessMode "rw"|"ro"
---@alias awsjobs.sagemaker.FileSystemType "EFS"|"FSxLustre"
---@alias awsjobs.sagemaker.FillingType "frontfill"|"middlefill"|"backfill"|"futurefill"|"frontfill_value"|"middlefill_value"|"backfill_value"|"futurefill_value"
---@alias awsjobs.sagemaker.FlatInvocations "Continue"|"Stop"
---@alias awsjobs.sagemaker.FlowDefinitionStatus "Initializing"|"Active"|"Failed"|"Deleting"
---@alias awsjobs.sagemaker.Framework "TENSORFLOW"|"KERAS"|"MXNET"|"ONNX"|"PYTORCH"|"XGBOOST"|"TFLITE"|"DARKNET"|"SKLEARN"
---@alias awsjobs.sagemaker.HubContentSortBy "HubContentName"|"CreationTime"|"HubContentStatus"
---@alias awsjobs.sagemaker.HubContentStatus "Available"|"Importing"|"Deleting"|"ImportFailed"|"DeleteFailed"|"PendingImport"|"PendingDelete"
---@alias awsjobs.sagemaker.HubContentSupportStatus "Supported"|"Deprecated"|"Restricted"
---@alias awsjobs.sagemaker.HubContentType "Model"|"Notebook"|"ModelReference"|"DataSet"|"JsonDoc"
---@alias awsjobs.sagemaker.HubSortBy "HubName"|"CreationTime"|"HubStatus"|"AccountIdOwner"
---@alias awsjobs.sagemaker.HubStatus "InService"|"Creating"|"Updating"|"Deleting"|"CreateFailed"|"UpdateFailed"|"DeleteFailed"
---@alias awsjobs.sagemaker.HumanTaskUiStatus "Active"|"Deleting"
---@alias awsjobs.sagemaker.HyperParameterScalingType "Auto"|"Linear"|"Logarithmic"|"ReverseLogarithmic"
---@alias awsjobs.sagemaker.HyperParameterTuningAllocationStrategy "Prioritized"
---@alias awsjobs.sagemaker.HyperParameterTuningJobObjectiveType "Maximize"|"Minimize"
---@alias awsjobs.sagemaker.HyperParameterTuningJobSortByOptions "Name"|"Status"|"CreationTime"
---@alias awsjobs.sagemaker.HyperParameterTuningJobStatus "Completed"|"InProgress"|"Failed"|"Stopped"|"Stopping"|"Deleting"|"DeleteFailed"
---@alias awsjobs.sagemaker.HyperParameterTuningJobStrategyType "Bayesian"|"Random"|"Hyperband"|"Grid"
---@alias awsjobs.sagemaker.HyperParameterTuningJobWarmStartType "IdenticalDataAndAlgorithm"|"TransferLearning"
---@alias awsjobs.sagemaker.IPAddressType "ipv4"|"dualstack"
---@alias awsjobs.sagemaker.IdleResourceSharing "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.ImageSortBy "CREATION_TIME"|"LAST_MODIFIED_TIME"|"IMAGE_NAME"
---@alias awsjobs.sagemaker.ImageSortOrder "ASCENDING"|"DESCENDING"
---@alias awsjobs.sagemaker.ImageStatus "CREATING"|"CREATED"|"CREATE_FAILED"|"UPDATING"|"UPDATE_FAILED"|"DELETING"|"DELETE_FAILED"
---@alias awsjobs.sagemaker.ImageVersionSortBy "CREATION_TIME"|"LAST_MODIFIED_TIME"|"VERSION"
---@alias awsjobs.sagemaker.ImageVersionSortOrder "ASCENDING"|"DESCENDING"
---@alias awsjobs.sagemaker.ImageVersionStatus "CREATING"|"CREATED"|"CREATE_FAILED"|"DELETING"|"DELETE_FAILED"
---@alias awsjobs.sagemaker.InferenceComponentCapacitySizeType "COPY_COUNT"|"CAPACITY_PERCENT"
---@alias awsjobs.sagemaker.InferenceComponentPlacementStrategy "SPREAD"|"BINPACK"
---@alias awsjobs.sagemaker.InferenceComponentSortKey "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.InferenceComponentStatus "InService"|"Creating"|"Updating"|"Failed"|"Deleting"
---@alias awsjobs.sagemaker.InferenceExecutionMode "Serial"|"Direct"
---@alias awsjobs.sagemaker.InferenceExperimentStatus "Creating"|"Created"|"Updating"|"Running"|"Starting"|"Stopping"|"Completed"|"Cancelled"
---@alias awsjobs.sagemaker.InferenceExperimentStopDesiredState "Completed"|"Cancelled"
---@alias awsjobs.sagemaker.InferenceExperimentType "ShadowMode"
---@alias awsjobs.sagemaker.InputMode "Pipe"|"File"
---@alias awsjobs.sagemaker.InstanceGroupStatus "InService"|"Creating"|"Updating"|"Failed"|"Degraded"|"SystemUpdating"|"Deleting"
---@alias awsjobs.sagemaker.InstanceType "ml.t2.medium"|"ml.t2.large"|"ml.t2.xlarge"|"ml.t2.2xlarge"|"ml.t3.medium"|"ml.t3.large"|"ml.t3.xlarge"|"ml.t3.2xlarge"|"ml.m4.xlarge"|"ml.m4.2xlarge"|"ml.m4.4xlarge"|"ml.m4.10xlarge"|"ml.m4.16xlarge"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.12xlarge"|"ml.m5.24xlarge"|"ml.m5d.large"|"ml.m5d.xlarge"|"ml.m5d.2xlarge"|"ml.m5d.4xlarge"|"ml.m5d.8xlarge"|"ml.m5d.12xlarge"|"ml.m5d.16xlarge"|"ml.m5d.24xlarge"|"ml.c4.xlarge"|"ml.c4.2xlarge"|"ml.c4.4xlarge"|"ml.c4.8xlarge"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.18xlarge"|"ml.c5d.xlarge"|"ml.c5d.2xlarge"|"ml.c5d.4xlarge"|"ml.c5d.9xlarge"|"ml.c5d.18xlarge"|"ml.p2.xlarge"|"ml.p2.8xlarge"|"ml.p2.16xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.p3dn.24xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.r5.large"|"ml.r5.xlarge"|"ml.r5.2xlarge"|"ml.r5.4xlarge"|"ml.r5.8xlarge"|"ml.r5.12xlarge"|"ml.r5.16xlarge"|"ml.r5.24xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.16xlarge"|"ml.g5.12xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.inf1.xlarge"|"ml.inf1.2xlarge"|"ml.inf1.6xlarge"|"ml.inf1.24xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"|"ml.inf2.xlarge"|"ml.inf2.8xlarge"|"ml.inf2.24xlarge"|"ml.inf2.48xlarge"|"ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.p5.48xlarge"|"ml.p6-b200.48xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c6i.large"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r6i.large"|"ml.r6i.xlarge"|"ml.r6i.2xlarge"|"ml.r6i.4xlarge"|"ml.r6i.8xlarge"|"ml.r6i.12xlarge"|"ml.r6i.16xlarge"|"ml.r6i.24xlarge"|"ml.r6i.32xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.m6id.large"|"ml.m6id.xlarge"|"ml.m6id.2xlarge"|"ml.m6id.4xlarge"|"ml.m6id.8xlarge"|"ml.m6id.12xlarge"|"ml.m6id.16xlarge"|"ml.m6id.24xlarge"|"ml.m6id.32xlarge"|"ml.c6id.large"|"ml.c6id.xlarge"|"ml.c6id.2xlarge"|"ml.c6id.4xlarge"|"ml.c6id.8xlarge"|"ml.c6id.12xlarge"|"ml.c6id.16xlarge"|"ml.c6id.24xlarge"|"ml.c6id.32xlarge"|"ml.r6id.large"|"ml.r6id.xlarge"|"ml.r6id.2xlarge"|"ml.r6id.4xlarge"|"ml.r6id.8xlarge"|"ml.r6id.12xlarge"|"ml.r6id.16xlarge"|"ml.r6id.24xlarge"|"ml.r6id.32xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.p5.4xlarge"|"ml.p5en.48xlarge"
---@alias awsjobs.sagemaker.IsTrackingServerActive "Active"|"Inactive"
---@alias awsjobs.sagemaker.JobType "TRAINING"|"INFERENCE"|"NOTEBOOK_KERNEL"
---@alias awsjobs.sagemaker.JoinSource "Input"|"None"
---@alias awsjobs.sagemaker.LabelingJobStatus "Initializing"|"InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.LastUpdateStatusValue "Successful"|"Failed"|"InProgress"
---@alias awsjobs.sagemaker.LifecycleManagement "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.LineageType "TrialComponent"|"Artifact"|"Context"|"Action"
---@alias awsjobs.sagemaker.ListAIBenchmarkJobsSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ListAIRecommendationJobsSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ListAIWorkloadConfigsSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ListCompilationJobsSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ListDeviceFleetsSortBy "NAME"|"CREATION_TIME"|"LAST_MODIFIED_TIME"
---@alias awsjobs.sagemaker.ListEdgeDeploymentPlansSortBy "NAME"|"DEVICE_FLEET_NAME"|"CREATION_TIME"|"LAST_MODIFIED_TIME"
---@alias awsjobs.sagemaker.ListEdgePackagingJobsSortBy "NAME"|"MODEL_NAME"|"CREATION_TIME"|"LAST_MODIFIED_TIME"|"STATUS"
---@alias awsjobs.sagemaker.ListInferenceRecommendationsJobsSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ListLabelingJobsForWorkteamSortByOptions "CreationTime"
---@alias awsjobs.sagemaker.ListOptimizationJobsSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ListWorkforcesSortByOptions "Name"|"CreateDate"
---@alias awsjobs.sagemaker.ListWorkteamsSortByOptions "Name"|"CreateDate"
---@alias awsjobs.sagemaker.MIGProfileType "mig-1g.5gb"|"mig-1g.10gb"|"mig-1g.18gb"|"mig-1g.20gb"|"mig-1g.23gb"|"mig-1g.35gb"|"mig-1g.45gb"|"mig-1g.47gb"|"mig-2g.10gb"|"mig-2g.20gb"|"mig-2g.35gb"|"mig-2g.45gb"|"mig-2g.47gb"|"mig-3g.20gb"|"mig-3g.40gb"|"mig-3g.71gb"|"mig-3g.90gb"|"mig-3g.93gb"|"mig-4g.20gb"|"mig-4g.40gb"|"mig-4g.71gb"|"mig-4g.90gb"|"mig-4g.93gb"|"mig-7g.40gb"|"mig-7g.80gb"|"mig-7g.141gb"|"mig-7g.180gb"|"mig-7g.186gb"
---@alias awsjobs.sagemaker.MaintenanceStatus "MaintenanceInProgress"|"MaintenanceComplete"|"MaintenanceFailed"
---@alias awsjobs.sagemaker.ManagedInstanceScalingScaleInStrategy "IDLE_RELEASE"|"CONSOLIDATION"
---@alias awsjobs.sagemaker.ManagedInstanceScalingStatus "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.ManagedStorageType "Restricted"
---@alias awsjobs.sagemaker.MetricSetSource "Train"|"Validation"|"Test"
---@alias awsjobs.sagemaker.MlTools "DataWrangler"|"FeatureStore"|"EmrClusters"|"AutoMl"|"Experiments"|"Training"|"ModelEvaluation"|"Pipelines"|"Models"|"JumpStart"|"InferenceRecommender"|"Endpoints"|"Projects"|"InferenceOptimization"|"PerformanceEvaluation"|"LakeraGuard"|"Comet"|"DeepchecksLLMEvaluation"|"Fiddler"|"HyperPodClusters"|"RunningInstances"|"Datasets"|"Evaluators"
---@alias awsjobs.sagemaker.MlflowAppStatus "Creating"|"Created"|"CreateFailed"|"Updating"|"Updated"|"UpdateFailed"|"Deleting"|"DeleteFailed"|"Deleted"
---@alias awsjobs.sagemaker.ModelApprovalStatus "Approved"|"Rejected"|"PendingManualApproval"
---@alias awsjobs.sagemaker.ModelCacheSetting "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.ModelCardExportJobSortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.ModelCardExportJobSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.ModelCardExportJobStatus "InProgress"|"Completed"|"Failed"
---@alias awsjobs.sagemaker.ModelCardProcessingStatus "DeleteInProgress"|"DeletePending"|"ContentDeleted"|"ExportJobsDeleted"|"DeleteCompleted"|"DeleteFailed"
---@alias awsjobs.sagemaker.ModelCardSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ModelCardSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.ModelCardStatus "Draft"|"PendingReview"|"Approved"|"Archived"
---@alias awsjobs.sagemaker.ModelCardVersionSortBy "Version"
---@alias awsjobs.sagemaker.ModelCompressionType "None"|"Gzip"
---@alias awsjobs.sagemaker.ModelInfrastructureType "RealTimeInference"
---@alias awsjobs.sagemaker.ModelMetadataFilterType "Domain"|"Framework"|"Task"|"FrameworkVersion"
---@alias awsjobs.sagemaker.ModelPackageGroupSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ModelPackageGroupStatus "Pending"|"InProgress"|"Completed"|"Failed"|"Deleting"|"DeleteFailed"
---@alias awsjobs.sagemaker.ModelPackageRegistrationType "Logged"|"Registered"
---@alias awsjobs.sagemaker.ModelPackageSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ModelPackageStatus "Pending"|"InProgress"|"Completed"|"Failed"|"Deleting"
---@alias awsjobs.sagemaker.ModelPackageType "Versioned"|"Unversioned"|"Both"
---@alias awsjobs.sagemaker.ModelRegistrationMode "AutoModelRegistrationEnabled"|"AutoModelRegistrationDisabled"
---@alias awsjobs.sagemaker.ModelSortKey "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ModelSpeculativeDecodingS3DataType "S3Prefix"|"ManifestFile"
---@alias awsjobs.sagemaker.ModelSpeculativeDecodingTechnique "EAGLE"
---@alias awsjobs.sagemaker.ModelVariantAction "Retain"|"Remove"|"Promote"
---@alias awsjobs.sagemaker.ModelVariantStatus "Creating"|"Updating"|"InService"|"Deleting"|"Deleted"
---@alias awsjobs.sagemaker.MonitoringAlertHistorySortKey "CreationTime"|"Status"
---@alias awsjobs.sagemaker.MonitoringAlertStatus "InAlert"|"OK"
---@alias awsjobs.sagemaker.MonitoringExecutionSortKey "CreationTime"|"ScheduledTime"|"Status"
---@alias awsjobs.sagemaker.MonitoringJobDefinitionSortKey "Name"|"CreationTime"
---@alias awsjobs.sagemaker.MonitoringProblemType "BinaryClassification"|"MulticlassClassification"|"Regression"
---@alias awsjobs.sagemaker.MonitoringScheduleSortKey "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.MonitoringType "DataQuality"|"ModelQuality"|"ModelBias"|"ModelExplainability"
---@alias awsjobs.sagemaker.NodeUnavailabilityType "INSTANCE_COUNT"|"CAPACITY_PERCENTAGE"
---@alias awsjobs.sagemaker.NotebookInstanceAcceleratorType "ml.eia1.medium"|"ml.eia1.large"|"ml.eia1.xlarge"|"ml.eia2.medium"|"ml.eia2.large"|"ml.eia2.xlarge"
---@alias awsjobs.sagemaker.NotebookInstanceLifecycleConfigSortKey "Name"|"CreationTime"|"LastModifiedTime"
---@alias awsjobs.sagemaker.NotebookInstanceLifecycleConfigSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.NotebookInstanceSortKey "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.NotebookInstanceSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.NotebookInstanceStatus "Pending"|"InService"|"Stopping"|"Stopped"|"Failed"|"Deleting"|"Updating"
---@alias awsjobs.sagemaker.NotebookOutputOption "Allowed"|"Disabled"
---@alias awsjobs.sagemaker.ObjectiveStatus "Succeeded"|"Pending"|"Failed"
---@alias awsjobs.sagemaker.OfflineStoreStatusValue "Active"|"Blocked"|"Disabled"
---@alias awsjobs.sagemaker.Operator "Equals"|"NotEquals"|"GreaterThan"|"GreaterThanOrEqualTo"|"LessThan"|"LessThanOrEqualTo"|"Contains"|"Exists"|"NotExists"|"In"
---@alias awsjobs.sagemaker.OptimizationJobDeploymentInstanceType "ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.p5.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.12xlarge"|"ml.g5.16xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.12xlarge"|"ml.g6e.16xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.inf2.xlarge"|"ml.inf2.8xlarge"|"ml.inf2.24xlarge"|"ml.inf2.48xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"
---@alias awsjobs.sagemaker.OptimizationJobStatus "INPROGRESS"|"COMPLETED"|"FAILED"|"STARTING"|"STOPPING"|"STOPPED"
---@alias awsjobs.sagemaker.OrderKey "Ascending"|"Descending"
---@alias awsjobs.sagemaker.OutputCompressionType "GZIP"|"NONE"
---@alias awsjobs.sagemaker.ParameterType "Integer"|"Continuous"|"Categorical"|"FreeText"
---@alias awsjobs.sagemaker.PartnerAppAuthType "IAM"
---@alias awsjobs.sagemaker.PartnerAppStatus "Creating"|"Updating"|"Deleting"|"Available"|"Failed"|"UpdateFailed"|"Deleted"
---@alias awsjobs.sagemaker.PartnerAppType "lakera-guard"|"comet"|"deepchecks-llm-evaluation"|"fiddler"
---@alias awsjobs.sagemaker.Peft "LORA"
---@alias awsjobs.sagemaker.PipelineExecutionStatus "Executing"|"Stopping"|"Stopped"|"Failed"|"Succeeded"
---@alias awsjobs.sagemaker.PipelineStatus "Active"|"Deleting"
---@alias awsjobs.sagemaker.PreemptTeamTasks "Never"|"LowerPriority"
---@alias awsjobs.sagemaker.ProblemType "BinaryClassification"|"MulticlassClassification"|"Regression"
---@alias awsjobs.sagemaker.ProcessingInstanceType "ml.t3.medium"|"ml.t3.large"|"ml.t3.xlarge"|"ml.t3.2xlarge"|"ml.m4.xlarge"|"ml.m4.2xlarge"|"ml.m4.4xlarge"|"ml.m4.10xlarge"|"ml.m4.16xlarge"|"ml.c4.xlarge"|"ml.c4.2xlarge"|"ml.c4.4xlarge"|"ml.c4.8xlarge"|"ml.p2.xlarge"|"ml.p2.8xlarge"|"ml.p2.16xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.18xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.12xlarge"|"ml.m5.24xlarge"|"ml.r5.large"|"ml.r5.xlarge"|"ml.r5.2xlarge"|"ml.r5.4xlarge"|"ml.r5.8xlarge"|"ml.r5.12xlarge"|"ml.r5.16xlarge"|"ml.r5.24xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.16xlarge"|"ml.g5.12xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.r5d.large"|"ml.r5d.xlarge"|"ml.r5d.2xlarge"|"ml.r5d.4xlarge"|"ml.r5d.8xlarge"|"ml.r5d.12xlarge"|"ml.r5d.16xlarge"|"ml.r5d.24xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.12xlarge"|"ml.g6e.16xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.p5.4xlarge"|"ml.g7e.2xlarge"|"ml.g7e.4xlarge"|"ml.g7e.8xlarge"|"ml.g7e.12xlarge"|"ml.g7e.24xlarge"|"ml.g7e.48xlarge"
---@alias awsjobs.sagemaker.ProcessingJobStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.ProcessingS3CompressionType "None"|"Gzip"
---@alias awsjobs.sagemaker.ProcessingS3DataDistributionType "FullyReplicated"|"ShardedByS3Key"
---@alias awsjobs.sagemaker.ProcessingS3DataType "ManifestFile"|"S3Prefix"
---@alias awsjobs.sagemaker.ProcessingS3InputMode "Pipe"|"File"
---@alias awsjobs.sagemaker.ProcessingS3UploadMode "Continuous"|"EndOfJob"
---@alias awsjobs.sagemaker.Processor "CPU"|"GPU"
---@alias awsjobs.sagemaker.ProductionVariantAcceleratorType "ml.eia1.medium"|"ml.eia1.large"|"ml.eia1.xlarge"|"ml.eia2.medium"|"ml.eia2.large"|"ml.eia2.xlarge"
---@alias awsjobs.sagemaker.ProductionVariantInferenceAmiVersion "al2-ami-sagemaker-inference-gpu-2"|"al2-ami-sagemaker-inference-gpu-2-1"|"al2-ami-sagemaker-inference-gpu-3-1"|"al2-ami-sagemaker-inference-neuron-2"|"al2023-ami-sagemaker-inference-gpu-4-1"
---@alias awsjobs.sagemaker.ProductionVariantInstanceType "ml.t2.medium"|"ml.t2.large"|"ml.t2.xlarge"|"ml.t2.2xlarge"|"ml.m4.xlarge"|"ml.m4.2xlarge"|"ml.m4.4xlarge"|"ml.m4.10xlarge"|"ml.m4.16xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.12xlarge"|"ml.m5.24xlarge"|"ml.m5d.large"|"ml.m5d.xlarge"|"ml.m5d.2xlarge"|"ml.m5d.4xlarge"|"ml.m5d.12xlarge"|"ml.m5d.24xlarge"|"ml.c4.large"|"ml.c4.xlarge"|"ml.c4.2xlarge"|"ml.c4.4xlarge"|"ml.c4.8xlarge"|"ml.p2.xlarge"|"ml.p2.8xlarge"|"ml.p2.16xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.c5.large"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.18xlarge"|"ml.c5d.large"|"ml.c5d.xlarge"|"ml.c5d.2xlarge"|"ml.c5d.4xlarge"|"ml.c5d.9xlarge"|"ml.c5d.18xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.r5.large"|"ml.r5.xlarge"|"ml.r5.2xlarge"|"ml.r5.4xlarge"|"ml.r5.12xlarge"|"ml.r5.24xlarge"|"ml.r5d.large"|"ml.r5d.xlarge"|"ml.r5d.2xlarge"|"ml.r5d.4xlarge"|"ml.r5d.12xlarge"|"ml.r5d.24xlarge"|"ml.inf1.xlarge"|"ml.inf1.2xlarge"|"ml.inf1.6xlarge"|"ml.inf1.24xlarge"|"ml.dl1.24xlarge"|"ml.c6i.large"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.r6i.large"|"ml.r6i.xlarge"|"ml.r6i.2xlarge"|"ml.r6i.4xlarge"|"ml.r6i.8xlarge"|"ml.r6i.12xlarge"|"ml.r6i.16xlarge"|"ml.r6i.24xlarge"|"ml.r6i.32xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.12xlarge"|"ml.g5.16xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.r8g.medium"|"ml.r8g.large"|"ml.r8g.xlarge"|"ml.r8g.2xlarge"|"ml.r8g.4xlarge"|"ml.r8g.8xlarge"|"ml.r8g.12xlarge"|"ml.r8g.16xlarge"|"ml.r8g.24xlarge"|"ml.r8g.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.12xlarge"|"ml.g6e.16xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.g7e.2xlarge"|"ml.g7e.4xlarge"|"ml.g7e.8xlarge"|"ml.g7e.12xlarge"|"ml.g7e.24xlarge"|"ml.g7e.48xlarge"|"ml.p4d.24xlarge"|"ml.c7g.large"|"ml.c7g.xlarge"|"ml.c7g.2xlarge"|"ml.c7g.4xlarge"|"ml.c7g.8xlarge"|"ml.c7g.12xlarge"|"ml.c7g.16xlarge"|"ml.m6g.large"|"ml.m6g.xlarge"|"ml.m6g.2xlarge"|"ml.m6g.4xlarge"|"ml.m6g.8xlarge"|"ml.m6g.12xlarge"|"ml.m6g.16xlarge"|"ml.m6gd.large"|"ml.m6gd.xlarge"|"ml.m6gd.2xlarge"|"ml.m6gd.4xlarge"|"ml.m6gd.8xlarge"|"ml.m6gd.12xlarge"|"ml.m6gd.16xlarge"|"ml.c6g.large"|"ml.c6g.xlarge"|"ml.c6g.2xlarge"|"ml.c6g.4xlarge"|"ml.c6g.8xlarge"|"ml.c6g.12xlarge"|"ml.c6g.16xlarge"|"ml.c6gd.large"|"ml.c6gd.xlarge"|"ml.c6gd.2xlarge"|"ml.c6gd.4xlarge"|"ml.c6gd.8xlarge"|"ml.c6gd.12xlarge"|"ml.c6gd.16xlarge"|"ml.c6gn.large"|"ml.c6gn.xlarge"|"ml.c6gn.2xlarge"|"ml.c6gn.4xlarge"|"ml.c6gn.8xlarge"|"ml.c6gn.12xlarge"|"ml.c6gn.16xlarge"|"ml.r6g.large"|"ml.r6g.xlarge"|"ml.r6g.2xlarge"|"ml.r6g.4xlarge"|"ml.r6g.8xlarge"|"ml.r6g.12xlarge"|"ml.r6g.16xlarge"|"ml.r6gd.large"|"ml.r6gd.xlarge"|"ml.r6gd.2xlarge"|"ml.r6gd.4xlarge"|"ml.r6gd.8xlarge"|"ml.r6gd.12xlarge"|"ml.r6gd.16xlarge"|"ml.p4de.24xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"|"ml.trn2.48xlarge"|"ml.inf2.xlarge"|"ml.inf2.8xlarge"|"ml.inf2.24xlarge"|"ml.inf2.48xlarge"|"ml.p5.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.c8g.medium"|"ml.c8g.large"|"ml.c8g.xlarge"|"ml.c8g.2xlarge"|"ml.c8g.4xlarge"|"ml.c8g.8xlarge"|"ml.c8g.12xlarge"|"ml.c8g.16xlarge"|"ml.c8g.24xlarge"|"ml.c8g.48xlarge"|"ml.r7gd.medium"|"ml.r7gd.large"|"ml.r7gd.xlarge"|"ml.r7gd.2xlarge"|"ml.r7gd.4xlarge"|"ml.r7gd.8xlarge"|"ml.r7gd.12xlarge"|"ml.r7gd.16xlarge"|"ml.m8g.medium"|"ml.m8g.large"|"ml.m8g.xlarge"|"ml.m8g.2xlarge"|"ml.m8g.4xlarge"|"ml.m8g.8xlarge"|"ml.m8g.12xlarge"|"ml.m8g.16xlarge"|"ml.m8g.24xlarge"|"ml.m8g.48xlarge"|"ml.c6in.large"|"ml.c6in.xlarge"|"ml.c6in.2xlarge"|"ml.c6in.4xlarge"|"ml.c6in.8xlarge"|"ml.c6in.12xlarge"|"ml.c6in.16xlarge"|"ml.c6in.24xlarge"|"ml.c6in.32xlarge"|"ml.p6-b200.48xlarge"|"ml.p6-b300.48xlarge"|"ml.p6e-gb200.36xlarge"|"ml.p5.4xlarge"
---@alias awsjobs.sagemaker.ProfilingStatus "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.ProjectSortBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.ProjectSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.ProjectStatus "Pending"|"CreateInProgress"|"CreateCompleted"|"CreateFailed"|"DeleteInProgress"|"DeleteFailed"|"DeleteCompleted"|"UpdateInProgress"|"UpdateCompleted"|"UpdateFailed"
---@alias awsjobs.sagemaker.RStudioServerProAccessStatus "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.RStudioServerProUserGroup "R_STUDIO_ADMIN"|"R_STUDIO_USER"
---@alias awsjobs.sagemaker.RecommendationJobStatus "PENDING"|"IN_PROGRESS"|"COMPLETED"|"FAILED"|"STOPPING"|"STOPPED"|"DELETING"|"DELETED"
---@alias awsjobs.sagemaker.RecommendationJobSupportedEndpointType "RealTime"|"Serverless"
---@alias awsjobs.sagemaker.RecommendationJobType "Default"|"Advanced"
---@alias awsjobs.sagemaker.RecommendationStatus "IN_PROGRESS"|"COMPLETED"|"FAILED"|"NOT_APPLICABLE"
---@alias awsjobs.sagemaker.RecommendationStepType "BENCHMARK"
---@alias awsjobs.sagemaker.RecordWrapper "None"|"RecordIO"
---@alias awsjobs.sagemaker.RedshiftResultCompressionType "None"|"GZIP"|"BZIP2"|"ZSTD"|"SNAPPY"
---@alias awsjobs.sagemaker.RedshiftResultFormat "PARQUET"|"CSV"
---@alias awsjobs.sagemaker.Relation "EqualTo"|"GreaterThanOrEqualTo"
---@alias awsjobs.sagemaker.RepositoryAccessMode "Platform"|"Vpc"
---@alias awsjobs.sagemaker.ReservedCapacityInstanceType "ml.p4d.24xlarge"|"ml.p5.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"|"ml.trn1.32xlarge"|"ml.trn2.48xlarge"|"ml.p6-b200.48xlarge"|"ml.p4de.24xlarge"|"ml.p6e-gb200.36xlarge"|"ml.p5.4xlarge"|"ml.p6-b300.48xlarge"
---@alias awsjobs.sagemaker.ReservedCapacityStatus "Pending"|"Active"|"Scheduled"|"Expired"|"Failed"
---@alias awsjobs.sagemaker.ReservedCapacityType "UltraServer"|"Instance"
---@alias awsjobs.sagemaker.ResourceCatalogSortBy "CreationTime"
---@alias awsjobs.sagemaker.ResourceCatalogSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.ResourceSharingStrategy "Lend"|"DontLend"|"LendAndBorrow"
---@alias awsjobs.sagemaker.ResourceType "TrainingJob"|"Experiment"|"ExperimentTrial"|"ExperimentTrialComponent"|"Endpoint"|"Model"|"ModelPackage"|"ModelPackageGroup"|"Pipeline"|"PipelineExecution"|"FeatureGroup"|"FeatureMetadata"|"Image"|"ImageVersion"|"Project"|"HyperParameterTuningJob"|"ModelCard"|"PipelineVersion"
---@alias awsjobs.sagemaker.RetentionType "Retain"|"Delete"
---@alias awsjobs.sagemaker.RootAccess "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.RoutingStrategy "LEAST_OUTSTANDING_REQUESTS"|"RANDOM"
---@alias awsjobs.sagemaker.RuleEvaluationStatus "InProgress"|"NoIssuesFound"|"IssuesFound"|"Error"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.S3DataDistribution "FullyReplicated"|"ShardedByS3Key"
---@alias awsjobs.sagemaker.S3DataType "ManifestFile"|"S3Prefix"|"AugmentedManifestFile"|"Converse"
---@alias awsjobs.sagemaker.S3ModelDataType "S3Prefix"|"S3Object"
---@alias awsjobs.sagemaker.SageMakerImageName "sagemaker_distribution"
---@alias awsjobs.sagemaker.SageMakerResourceName "training-job"|"hyperpod-cluster"|"endpoint"|"studio-apps"
---@alias awsjobs.sagemaker.SagemakerServicecatalogStatus "Enabled"|"Disabled"
---@alias awsjobs.sagemaker.ScheduleStatus "Pending"|"Failed"|"Scheduled"|"Stopped"
---@alias awsjobs.sagemaker.SchedulerConfigComponent "PriorityClasses"|"FairShare"|"IdleResourceSharing"
---@alias awsjobs.sagemaker.SchedulerResourceStatus "Creating"|"CreateFailed"|"CreateRollbackFailed"|"Created"|"Updating"|"UpdateFailed"|"UpdateRollbackFailed"|"Updated"|"Deleting"|"DeleteFailed"|"DeleteRollbackFailed"|"Deleted"
---@alias awsjobs.sagemaker.SearchSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.SecondaryStatus "Starting"|"LaunchingMLInstances"|"PreparingTrainingStack"|"Downloading"|"DownloadingTrainingImage"|"Training"|"Uploading"|"Stopping"|"Stopped"|"MaxRuntimeExceeded"|"Completed"|"Failed"|"Interrupted"|"MaxWaitTimeExceeded"|"Updating"|"Restarting"|"Pending"
---@alias awsjobs.sagemaker.ServerlessJobType "FineTuning"|"Evaluation"
---@alias awsjobs.sagemaker.SharingType "Private"|"Shared"
---@alias awsjobs.sagemaker.SkipModelValidation "All"|"None"
---@alias awsjobs.sagemaker.SoftwareUpdateStatus "Pending"|"InProgress"|"Succeeded"|"Failed"|"RollbackInProgress"|"RollbackComplete"
---@alias awsjobs.sagemaker.SortActionsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortArtifactsBy "CreationTime"
---@alias awsjobs.sagemaker.SortAssociationsBy "SourceArn"|"DestinationArn"|"SourceType"|"DestinationType"|"CreationTime"
---@alias awsjobs.sagemaker.SortBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.SortClusterSchedulerConfigBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.SortContextsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortExperimentsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortInferenceExperimentsBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.SortLineageGroupsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortMlflowAppBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.SortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.SortPipelineExecutionsBy "CreationTime"|"PipelineExecutionArn"
---@alias awsjobs.sagemaker.SortPipelinesBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortQuotaBy "Name"|"CreationTime"|"Status"|"ClusterArn"
---@alias awsjobs.sagemaker.SortTrackingServerBy "Name"|"CreationTime"|"Status"
---@alias awsjobs.sagemaker.SortTrialComponentsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SortTrialsBy "Name"|"CreationTime"
---@alias awsjobs.sagemaker.SpaceSortKey "CreationTime"|"LastModifiedTime"
---@alias awsjobs.sagemaker.SpaceStatus "Deleting"|"Failed"|"InService"|"Pending"|"Updating"|"Update_Failed"|"Delete_Failed"
---@alias awsjobs.sagemaker.SplitType "None"|"Line"|"RecordIO"|"TFRecord"
---@alias awsjobs.sagemaker.StageStatus "CREATING"|"READYTODEPLOY"|"STARTING"|"INPROGRESS"|"DEPLOYED"|"FAILED"|"STOPPING"|"STOPPED"
---@alias awsjobs.sagemaker.Statistic "Average"|"Minimum"|"Maximum"|"SampleCount"|"Sum"
---@alias awsjobs.sagemaker.StepStatus "Starting"|"Executing"|"Stopping"|"Stopped"|"Failed"|"Succeeded"
---@alias awsjobs.sagemaker.StorageType "Standard"|"InMemory"
---@alias awsjobs.sagemaker.StudioLifecycleConfigAppType "JupyterServer"|"KernelGateway"|"CodeEditor"|"JupyterLab"
---@alias awsjobs.sagemaker.StudioLifecycleConfigSortKey "CreationTime"|"LastModifiedTime"|"Name"
---@alias awsjobs.sagemaker.StudioWebPortal "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.TableFormat "Default"|"Glue"|"Iceberg"
---@alias awsjobs.sagemaker.TagPropagation "ENABLED"|"DISABLED"
---@alias awsjobs.sagemaker.TargetDevice "lambda"|"ml_m4"|"ml_m5"|"ml_m6g"|"ml_c4"|"ml_c5"|"ml_c6g"|"ml_p2"|"ml_p3"|"ml_g4dn"|"ml_inf1"|"ml_inf2"|"ml_trn1"|"ml_eia2"|"jetson_tx1"|"jetson_tx2"|"jetson_nano"|"jetson_xavier"|"rasp3b"|"rasp4b"|"imx8qm"|"deeplens"|"rk3399"|"rk3288"|"aisage"|"sbe_c"|"qcs605"|"qcs603"|"sitara_am57x"|"amba_cv2"|"amba_cv22"|"amba_cv25"|"x86_win32"|"x86_win64"|"coreml"|"jacinto_tda4vm"|"imx8mplus"
---@alias awsjobs.sagemaker.TargetPlatformAccelerator "INTEL_GRAPHICS"|"MALI"|"NVIDIA"|"NNA"
---@alias awsjobs.sagemaker.TargetPlatformArch "X86_64"|"X86"|"ARM64"|"ARM_EABI"|"ARM_EABIHF"
---@alias awsjobs.sagemaker.TargetPlatformOs "ANDROID"|"LINUX"
---@alias awsjobs.sagemaker.ThroughputMode "OnDemand"|"Provisioned"
---@alias awsjobs.sagemaker.TrackingServerMaintenanceStatus "MaintenanceInProgress"|"MaintenanceComplete"|"MaintenanceFailed"
---@alias awsjobs.sagemaker.TrackingServerSize "Small"|"Medium"|"Large"
---@alias awsjobs.sagemaker.TrackingServerStatus "Creating"|"Created"|"CreateFailed"|"Updating"|"Updated"|"UpdateFailed"|"Deleting"|"DeleteFailed"|"Stopping"|"Stopped"|"StopFailed"|"Starting"|"Started"|"StartFailed"|"MaintenanceInProgress"|"MaintenanceComplete"|"MaintenanceFailed"
---@alias awsjobs.sagemaker.TrafficRoutingConfigType "ALL_AT_ONCE"|"CANARY"|"LINEAR"
---@alias awsjobs.sagemaker.TrafficType "PHASES"|"STAIRS"
---@alias awsjobs.sagemaker.TrainingInputMode "Pipe"|"File"|"FastFile"
---@alias awsjobs.sagemaker.TrainingInstanceType "ml.m4.xlarge"|"ml.m4.2xlarge"|"ml.m4.4xlarge"|"ml.m4.10xlarge"|"ml.m4.16xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.12xlarge"|"ml.m5.24xlarge"|"ml.c4.xlarge"|"ml.c4.2xlarge"|"ml.c4.4xlarge"|"ml.c4.8xlarge"|"ml.p2.xlarge"|"ml.p2.8xlarge"|"ml.p2.16xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.p3dn.24xlarge"|"ml.p4d.24xlarge"|"ml.p4de.24xlarge"|"ml.p5.48xlarge"|"ml.p5e.48xlarge"|"ml.p5en.48xlarge"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.18xlarge"|"ml.c5n.xlarge"|"ml.c5n.2xlarge"|"ml.c5n.4xlarge"|"ml.c5n.9xlarge"|"ml.c5n.18xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.16xlarge"|"ml.g5.12xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.16xlarge"|"ml.g6.12xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"|"ml.g6e.xlarge"|"ml.g6e.2xlarge"|"ml.g6e.4xlarge"|"ml.g6e.8xlarge"|"ml.g6e.16xlarge"|"ml.g6e.12xlarge"|"ml.g6e.24xlarge"|"ml.g6e.48xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.trn1n.32xlarge"|"ml.trn2.48xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.8xlarge"|"ml.c6i.4xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.r5d.large"|"ml.r5d.xlarge"|"ml.r5d.2xlarge"|"ml.r5d.4xlarge"|"ml.r5d.8xlarge"|"ml.r5d.12xlarge"|"ml.r5d.16xlarge"|"ml.r5d.24xlarge"|"ml.t3.medium"|"ml.t3.large"|"ml.t3.xlarge"|"ml.t3.2xlarge"|"ml.r5.large"|"ml.r5.xlarge"|"ml.r5.2xlarge"|"ml.r5.4xlarge"|"ml.r5.8xlarge"|"ml.r5.12xlarge"|"ml.r5.16xlarge"|"ml.r5.24xlarge"|"ml.p6-b200.48xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.p6e-gb200.36xlarge"|"ml.p5.4xlarge"|"ml.p6-b300.48xlarge"|"ml.g7e.2xlarge"|"ml.g7e.4xlarge"|"ml.g7e.8xlarge"|"ml.g7e.12xlarge"|"ml.g7e.24xlarge"|"ml.g7e.48xlarge"
---@alias awsjobs.sagemaker.TrainingJobEarlyStoppingType "Off"|"Auto"
---@alias awsjobs.sagemaker.TrainingJobSortByOptions "Name"|"CreationTime"|"Status"|"FinalObjectiveMetricValue"
---@alias awsjobs.sagemaker.TrainingJobStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"|"Deleting"
---@alias awsjobs.sagemaker.TrainingPlanFilterName "Status"
---@alias awsjobs.sagemaker.TrainingPlanSortBy "TrainingPlanName"|"StartTime"|"Status"
---@alias awsjobs.sagemaker.TrainingPlanSortOrder "Ascending"|"Descending"
---@alias awsjobs.sagemaker.TrainingPlanStatus "Pending"|"Active"|"Scheduled"|"Expired"|"Failed"
---@alias awsjobs.sagemaker.TrainingRepositoryAccessMode "Platform"|"Vpc"
---@alias awsjobs.sagemaker.TransformInstanceType "ml.m4.xlarge"|"ml.m4.2xlarge"|"ml.m4.4xlarge"|"ml.m4.10xlarge"|"ml.m4.16xlarge"|"ml.c4.xlarge"|"ml.c4.2xlarge"|"ml.c4.4xlarge"|"ml.c4.8xlarge"|"ml.p2.xlarge"|"ml.p2.8xlarge"|"ml.p2.16xlarge"|"ml.p3.2xlarge"|"ml.p3.8xlarge"|"ml.p3.16xlarge"|"ml.c5.xlarge"|"ml.c5.2xlarge"|"ml.c5.4xlarge"|"ml.c5.9xlarge"|"ml.c5.18xlarge"|"ml.m5.large"|"ml.m5.xlarge"|"ml.m5.2xlarge"|"ml.m5.4xlarge"|"ml.m5.12xlarge"|"ml.m5.24xlarge"|"ml.m6i.large"|"ml.m6i.xlarge"|"ml.m6i.2xlarge"|"ml.m6i.4xlarge"|"ml.m6i.8xlarge"|"ml.m6i.12xlarge"|"ml.m6i.16xlarge"|"ml.m6i.24xlarge"|"ml.m6i.32xlarge"|"ml.c6i.large"|"ml.c6i.xlarge"|"ml.c6i.2xlarge"|"ml.c6i.4xlarge"|"ml.c6i.8xlarge"|"ml.c6i.12xlarge"|"ml.c6i.16xlarge"|"ml.c6i.24xlarge"|"ml.c6i.32xlarge"|"ml.r6i.large"|"ml.r6i.xlarge"|"ml.r6i.2xlarge"|"ml.r6i.4xlarge"|"ml.r6i.8xlarge"|"ml.r6i.12xlarge"|"ml.r6i.16xlarge"|"ml.r6i.24xlarge"|"ml.r6i.32xlarge"|"ml.m7i.large"|"ml.m7i.xlarge"|"ml.m7i.2xlarge"|"ml.m7i.4xlarge"|"ml.m7i.8xlarge"|"ml.m7i.12xlarge"|"ml.m7i.16xlarge"|"ml.m7i.24xlarge"|"ml.m7i.48xlarge"|"ml.c7i.large"|"ml.c7i.xlarge"|"ml.c7i.2xlarge"|"ml.c7i.4xlarge"|"ml.c7i.8xlarge"|"ml.c7i.12xlarge"|"ml.c7i.16xlarge"|"ml.c7i.24xlarge"|"ml.c7i.48xlarge"|"ml.r7i.large"|"ml.r7i.xlarge"|"ml.r7i.2xlarge"|"ml.r7i.4xlarge"|"ml.r7i.8xlarge"|"ml.r7i.12xlarge"|"ml.r7i.16xlarge"|"ml.r7i.24xlarge"|"ml.r7i.48xlarge"|"ml.g4dn.xlarge"|"ml.g4dn.2xlarge"|"ml.g4dn.4xlarge"|"ml.g4dn.8xlarge"|"ml.g4dn.12xlarge"|"ml.g4dn.16xlarge"|"ml.g5.xlarge"|"ml.g5.2xlarge"|"ml.g5.4xlarge"|"ml.g5.8xlarge"|"ml.g5.12xlarge"|"ml.g5.16xlarge"|"ml.g5.24xlarge"|"ml.g5.48xlarge"|"ml.trn1.2xlarge"|"ml.trn1.32xlarge"|"ml.inf2.xlarge"|"ml.inf2.8xlarge"|"ml.inf2.24xlarge"|"ml.inf2.48xlarge"|"ml.g6.xlarge"|"ml.g6.2xlarge"|"ml.g6.4xlarge"|"ml.g6.8xlarge"|"ml.g6.12xlarge"|"ml.g6.16xlarge"|"ml.g6.24xlarge"|"ml.g6.48xlarge"
---@alias awsjobs.sagemaker.TransformJobStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.TrialComponentPrimaryStatus "InProgress"|"Completed"|"Failed"|"Stopping"|"Stopped"
---@alias awsjobs.sagemaker.TtlDurationUnit "Seconds"|"Minutes"|"Hours"|"Days"|"Weeks"
---@alias awsjobs.sagemaker.UltraServerHealthStatus "OK"|"Impaired"|"Insufficient-Data"
---@alias awsjobs.sagemaker.UserProfileSortKey "CreationTime"|"LastModifiedTime"
---@alias awsjobs.sagemaker.UserProfileStatus "Deleting"|"Failed"|"InService"|"Pending"|"Updating"|"Update_Failed"|"Delete_Failed"
---@alias awsjobs.sagemaker.VariantPropertyType "DesiredInstanceCount"|"DesiredWeight"|"DataCaptureConfig"
---@alias awsjobs.sagemaker.VariantStatus "Creating"|"Updating"|"Deleting"|"ActivatingTraffic"|"Baking"
---@alias awsjobs.sagemaker.VendorGuidance "NOT_PROVIDED"|"STABLE"|"TO_BE_ARCHIVED"|"ARCHIVED"
---@alias awsjobs.sagemaker.VolumeAttachmentStatus "attaching"|"attached"|"detaching"|"detached"|"busy"
---@alias awsjobs.sagemaker.WarmPoolResourceStatus "Available"|"Terminated"|"Reused"|"InUse"
---@alias awsjobs.sagemaker.WorkforceIpAddressType "ipv4"|"dualstack"
---@alias awsjobs.sagemaker.WorkforceStatus "Initializing"|"Updating"|"Deleting"|"Failed"|"Active"

---The SageMaker endpoint configuration for benchmarking.
---@class awsjobs.sagemaker.AIBenchmarkEndpoint
---@field Identifier string The name or Amazon Resource Name (ARN) of the SageMaker endpoint to benchmark.
---@field TargetContainerHostname? string The hostname of the specific container to target within a multi-container endpoint.
---@field InferenceComponents? awsjobs.sagemaker.AIBenchmarkInferenceComponent[] The list of inference components to benchmark on the endpoint.

---An inference component to benchmark.
---@class awsjobs.sagemaker.AIBenchmarkInferenceComponent
---@field Identifier string The name or Amazon Resource Name (ARN) of the inference component.

---Summary information about an AI benchmark job.
---@class awsjobs.sagemaker.AIBenchmarkJobSummary
---@field AIBenchmarkJobName string The name of the benchmark job.
---@field AIBenchmarkJobArn string The Amazon Resource Name (ARN) of the benchmark job.
---@field AIBenchmarkJobStatus awsjobs.sagemaker.AIBenchmarkJobStatus The status of the benchmark job.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the benchmark job was created.
---@field EndTime? awsjobs.Timestamp A timestamp that indicates when the benchmark job completed.
---@field AIWorkloadConfigName? string The name of the AI workload configuration used by the benchmark job.

---The network configuration for an AI benchmark job.
---@class awsjobs.sagemaker.AIBenchmarkNetworkConfig
---@field VpcConfig? awsjobs.sagemaker.VpcConfig The VPC configuration, including security group IDs and subnet IDs.

---The output configuration for an AI benchmark job.
---@class awsjobs.sagemaker.AIBenchmarkOutputConfig
---@field S3OutputLocation string The Amazon S3 URI where benchmark results are stored.

---The output result of an AI benchmark job, including the Amazon S3 location and CloudWatch log information.
---@class awsjobs.sagemaker.AIBenchmarkOutputResult
---@field S3OutputLocation string The Amazon S3 URI where benchmark results are stored.
---@field CloudWatchLogs? awsjobs.sagemaker.AICloudWatchLogs[] The CloudWatch log information for the benchmark job.

---The target for an AI benchmark job.
---@class awsjobs.sagemaker.AIBenchmarkTarget
---@field Endpoint? awsjobs.sagemaker.AIBenchmarkEndpoint The SageMaker endpoint to benchmark.

---The capacity reservation configuration for an AI recommendation job.
---@class awsjobs.sagemaker.AICapacityReservationConfig
---@field CapacityReservationPreference? awsjobs.sagemaker.AICapacityReservationPreference The capacity reservation preference.
---@field MlReservationArns? string[] The list of ML reservation ARNs to use.

---CloudWatch log information for an AI benchmark or recommendation job.
---@class awsjobs.sagemaker.AICloudWatchLogs
---@field LogGroupArn? string The Amazon Resource Name (ARN) of the CloudWatch log group.
---@field LogStreamName? string The name of the CloudWatch log stream.

---The dataset configuration for an AI workload.
---@class awsjobs.sagemaker.AIDatasetConfig
---@field InputDataConfig? awsjobs.sagemaker.AIWorkloadInputDataConfig[] An array of input data channel configurations for the workload.

---The source of the model for an AI recommendation job.
---@class awsjobs.sagemaker.AIModelSource
---@field S3? awsjobs.sagemaker.AIModelSourceS3 The Amazon S3 location of the model artifacts.

---The Amazon S3 model source configuration.
---@class awsjobs.sagemaker.AIModelSourceS3
---@field S3Uri? string The Amazon S3 URI of the model artifacts.

---An optimization recommendation generated by an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendation
---@field RecommendationDescription? string A description of the recommendation.
---@field OptimizationDetails? awsjobs.sagemaker.AIRecommendationOptimizationDetail[] The optimization techniques applied in this recommendation.
---@field ModelDetails? awsjobs.sagemaker.AIRecommendationModelDetails Details about the model package associated with this recommendation.
---@field DeploymentConfiguration? awsjobs.sagemaker.AIRecommendationDeploymentConfiguration The deployment configuration for this recommendation, including the container image, instance type, instance count, and environment variables.
---@field AIBenchmarkJobArn? string The Amazon Resource Name (ARN) of the benchmark job associated with this recommendation.
---@field ExpectedPerformance? awsjobs.sagemaker.AIRecommendationPerformanceMetric[] The expected performance metrics for this recommendation.

---The compute resource specification for an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationComputeSpec
---@field InstanceTypes? awsjobs.sagemaker.AIRecommendationInstanceType[] The list of instance types to consider for recommendations.
---@field CapacityReservationConfig? awsjobs.sagemaker.AICapacityReservationConfig The capacity reservation configuration.

---A performance constraint for an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationConstraint
---@field Metric awsjobs.sagemaker.AIRecommendationMetric The performance metric.

---The deployment configuration for a recommendation.
---@class awsjobs.sagemaker.AIRecommendationDeploymentConfiguration
---@field S3? awsjobs.sagemaker.AIRecommendationDeploymentS3Channel[] The Amazon S3 data channels for the deployment.
---@field ImageUri? string The URI of the container image for the deployment.
---@field InstanceType? awsjobs.sagemaker.AIRecommendationInstanceType The recommended instance type for the deployment.
---@field InstanceCount? integer The recommended number of instances for the deployment.
---@field CopyCountPerInstance? integer The number of model copies per instance.
---@field EnvironmentVariables? table<string, string> The environment variables for the deployment.

---An Amazon S3 data channel for a recommended deployment configuration, containing model artifacts or optimized model outputs.
---@class awsjobs.sagemaker.AIRecommendationDeploymentS3Channel
---@field ChannelName? string A custom name for this Amazon S3 data channel.
---@field Uri? string The Amazon S3 URI of the data for this channel.

---The inference framework for an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationInferenceSpecification
---@field Framework? awsjobs.sagemaker.AIRecommendationInferenceFramework The inference framework.

---Instance details for a recommendation.
---@class awsjobs.sagemaker.AIRecommendationInstanceDetail
---@field InstanceType? awsjobs.sagemaker.AIRecommendationInstanceType The recommended instance type.
---@field InstanceCount? integer The recommended number of instances.
---@field CopyCountPerInstance? integer The number of model copies per instance.

---Summary information about an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationJobSummary
---@field AIRecommendationJobName string The name of the recommendation job.
---@field AIRecommendationJobArn string The Amazon Resource Name (ARN) of the recommendation job.
---@field AIRecommendationJobStatus awsjobs.sagemaker.AIRecommendationJobStatus The status of the recommendation job.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the recommendation job was created.
---@field EndTime? awsjobs.Timestamp A timestamp that indicates when the recommendation job completed.

---Details about the model package in a recommendation.
---@class awsjobs.sagemaker.AIRecommendationModelDetails
---@field ModelPackageArn? string The Amazon Resource Name (ARN) of the model package.
---@field InferenceSpecificationName? string The name of the inference specification within the model package.
---@field InstanceDetails? awsjobs.sagemaker.AIRecommendationInstanceDetail[] The instance details for this recommendation, including instance type, count, and model copies per instance.

---Details about an optimization technique applied in a recommendation.
---@class awsjobs.sagemaker.AIRecommendationOptimizationDetail
---@field OptimizationType awsjobs.sagemaker.AIRecommendationOptimizationType The type of optimization.
---@field OptimizationConfig? table<string, string> A map of configuration parameters for the optimization technique.

---The output configuration for an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationOutputConfig
---@field S3OutputLocation? string The Amazon S3 URI where recommendation results are stored.
---@field ModelPackageGroupIdentifier? string The name or Amazon Resource Name (ARN) of the model package group where the optimized model is registered as a new model package version.

---The output configuration for an AI recommendation job, including the S3 location for results and the model package group for deployment.
---@class awsjobs.sagemaker.AIRecommendationOutputResult
---@field S3OutputLocation string The Amazon S3 URI where the recommendation job writes its output results.
---@field ModelPackageGroupIdentifier? string The name or Amazon Resource Name (ARN) of the model package group where deployment-ready model packages are registered.

---An expected performance metric for a recommendation.
---@class awsjobs.sagemaker.AIRecommendationPerformanceMetric
---@field Metric string The name of the performance metric.
---@field Stat? string The statistical measure for the metric.
---@field Value string The value of the metric.
---@field Unit? string The unit of the metric value.

---The performance targets for an AI recommendation job.
---@class awsjobs.sagemaker.AIRecommendationPerformanceTarget
---@field Constraints awsjobs.sagemaker.AIRecommendationConstraint[] An array of performance constraints that define the optimization objectives.

---Summary information about an AI workload configuration.
---@class awsjobs.sagemaker.AIWorkloadConfigSummary
---@field AIWorkloadConfigName string The name of the AI workload configuration.
---@field AIWorkloadConfigArn string The Amazon Resource Name (ARN) of the AI workload configuration.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the configuration was created.

---The benchmark tool configuration for an AI workload.
---@class awsjobs.sagemaker.AIWorkloadConfigs
---@field WorkloadSpec awsjobs.sagemaker.WorkloadSpec The workload specification that defines benchmark parameters.

---The data source for an AI workload input data channel.
---@class awsjobs.sagemaker.AIWorkloadDataSource
---@field S3DataSource? awsjobs.sagemaker.AIWorkloadS3DataSource The Amazon S3 data source configuration.

---A channel of input data for an AI workload configuration.
---@class awsjobs.sagemaker.AIWorkloadInputDataConfig
---@field ChannelName string The logical name for the data channel.
---@field DataSource awsjobs.sagemaker.AIWorkloadDataSource The data source for this channel.

---The Amazon S3 data source for an AI workload.
---@class awsjobs.sagemaker.AIWorkloadS3DataSource
---@field S3Uri string The Amazon S3 URI of the data.

---Configuration for allocating accelerator partitions.
---@class awsjobs.sagemaker.AcceleratorPartitionConfig
---@field Type awsjobs.sagemaker.MIGProfileType The Multi-Instance GPU (MIG) profile type that defines the partition configuration.
---@field Count integer The number of accelerator partitions to allocate with the specified partition type.

---A structure describing the source of an action.
---@class awsjobs.sagemaker.ActionSource
---@field SourceUri string The URI of the source.
---@field SourceType? string The type of the source.
---@field SourceId? string The ID of the source.

---Lists the properties of an action.
---@class awsjobs.sagemaker.ActionSummary
---@field ActionArn? string The Amazon Resource Name (ARN) of the action.
---@field ActionName? string The name of the action.
---@field Source? awsjobs.sagemaker.ActionSource The source of the action.
---@field ActionType? string The type of the action.
---@field Status? awsjobs.sagemaker.ActionStatus The status of the action.
---@field CreationTime? awsjobs.Timestamp When the action was created.
---@field LastModifiedTime? awsjobs.Timestamp When the action was last modified.

---@class awsjobs.sagemaker.AddAssociationRequest
---@field SourceArn string The ARN of the source.
---@field DestinationArn string The Amazon Resource Name (ARN) of the destination.
---@field AssociationType? awsjobs.sagemaker.AssociationEdgeType The type of association.

---@class awsjobs.sagemaker.AddAssociationResponse
---@field SourceArn? string The ARN of the source.
---@field DestinationArn? string The Amazon Resource Name (ARN) of the destination.

---Specifies an instance group and the number of nodes to add to it.
---@class awsjobs.sagemaker.AddClusterNodeSpecification
---@field InstanceGroupName string The name of the instance group to which you want to add nodes.
---@field IncrementTargetCountBy integer The number of nodes to add to the specified instance group.
---@field AvailabilityZones? string[] The availability zones in which to add nodes.
---@field InstanceTypes? awsjobs.sagemaker.ClusterInstanceType[] The instance types to use when adding nodes.

---@class awsjobs.sagemaker.AddTagsInput
---@field ResourceArn string The Amazon Resource Name (ARN) of the resource that you want to tag.
---@field Tags awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.AddTagsOutput
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags associated with the SageMaker resource.

---Information about additional Elastic Network Interfaces (ENIs) associated with an instance.
---@class awsjobs.sagemaker.AdditionalEnis
---@field EfaEnis? string[] A list of Elastic Fabric Adapter (EFA) ENIs associated with the instance.

---A structure of additional Inference Specification.
---@class awsjobs.sagemaker.AdditionalInferenceSpecificationDefinition
---@field Name string A unique name to identify the additional inference specification.
---@field Description? string A description of the additional Inference specification
---@field Containers awsjobs.sagemaker.ModelPackageContainerDefinition[] The Amazon ECR registry path of the Docker image that contains the inference code.
---@field SupportedTransformInstanceTypes? awsjobs.sagemaker.TransformInstanceType[] A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.
---@field SupportedRealtimeInferenceInstanceTypes? awsjobs.sagemaker.ProductionVariantInstanceType[] A list of the instance types that are used to generate inferences in real-time.
---@field SupportedContentTypes? string[] The supported MIME types for the input data.
---@field SupportedResponseMIMETypes? string[] The supported MIME types for the output data.

---Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModel action.
---@class awsjobs.sagemaker.AdditionalModelDataSource
---@field ChannelName string A custom name for this AdditionalModelDataSource object.
---@field S3DataSource awsjobs.sagemaker.S3ModelDataSource

---A data source used for training or inference that is in addition to the input dataset or model data.
---@class awsjobs.sagemaker.AdditionalS3DataSource
---@field S3DataType awsjobs.sagemaker.AdditionalS3DataSourceDataType The data type of the additional data source that you specify for use in inference or training.
---@field S3Uri string The uniform resource identifier (URI) used to identify an additional data source used in inference or training.
---@field CompressionType? awsjobs.sagemaker.CompressionType The type of compression used for an additional data source used in inference or training.
---@field ETag? string The ETag associated with S3 URI.

---Edge Manager agent version.
---@class awsjobs.sagemaker.AgentVersion
---@field Version string Version of the agent.
---@field AgentCount integer The number of Edge Manager agents.

---An Amazon CloudWatch alarm configured to monitor metrics on an endpoint.
---@class awsjobs.sagemaker.Alarm
---@field AlarmName? string The name of a CloudWatch alarm in your account.

---The details of the alarm to monitor during the AMI update.
---@class awsjobs.sagemaker.AlarmDetails
---@field AlarmName string The name of the alarm.

---Specifies the training algorithm to use in a CreateTrainingJob request.
---@class awsjobs.sagemaker.AlgorithmSpecification
---@field TrainingImage? string The registry path of the Docker image that contains the training algorithm.
---@field AlgorithmName? string The name of the algorithm resource to use for the training job.
---@field TrainingInputMode awsjobs.sagemaker.TrainingInputMode
---@field MetricDefinitions? awsjobs.sagemaker.MetricDefinition[] A list of metric definition objects.
---@field EnableSageMakerMetricsTimeSeries? boolean To generate and save time-series metrics during training, set to true.
---@field ContainerEntrypoint? string[] The entrypoint script for a Docker container used to run a training job.
---@field ContainerArguments? string[] The arguments for a container used to run a training job.
---@field TrainingImageConfig? awsjobs.sagemaker.TrainingImageConfig The configuration to use an image from a private Docker registry for a training job.

---Specifies the validation and image scan statuses of the algorithm.
---@class awsjobs.sagemaker.AlgorithmStatusDetails
---@field ValidationStatuses? awsjobs.sagemaker.AlgorithmStatusItem[] The status of algorithm validation.
---@field ImageScanStatuses? awsjobs.sagemaker.AlgorithmStatusItem[] The status of the scan of the algorithm's Docker image container.

---Represents the overall status of an algorithm.
---@class awsjobs.sagemaker.AlgorithmStatusItem
---@field Name string The name of the algorithm for which the overall status is being reported.
---@field Status awsjobs.sagemaker.DetailedAlgorithmStatus The current status.
---@field FailureReason? string if the overall status is Failed, the reason for the failure.

---Provides summary information about an algorithm.
---@class awsjobs.sagemaker.AlgorithmSummary
---@field AlgorithmName string The name of the algorithm that is described by the summary.
---@field AlgorithmArn string The Amazon Resource Name (ARN) of the algorithm.
---@field AlgorithmDescription? string A brief description of the algorithm.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the algorithm was created.
---@field AlgorithmStatus awsjobs.sagemaker.AlgorithmStatus The overall status of the algorithm.

---Defines a training job and a batch transform job that SageMaker runs to validate your algorithm.
---@class awsjobs.sagemaker.AlgorithmValidationProfile
---@field ProfileName string The name of the profile for the algorithm.
---@field TrainingJobDefinition awsjobs.sagemaker.TrainingJobDefinition The TrainingJobDefinition object that describes the training job that SageMaker runs to validate your algorithm.
---@field TransformJobDefinition? awsjobs.sagemaker.TransformJobDefinition The TransformJobDefinition object that describes the transform job that SageMaker runs to validate your algorithm.

---Specifies configurations for one or more training jobs that SageMaker runs to test the algorithm.
---@class awsjobs.sagemaker.AlgorithmValidationSpecification
---@field ValidationRole string The IAM roles that SageMaker uses to run the training jobs.
---@field ValidationProfiles awsjobs.sagemaker.AlgorithmValidationProfile[] An array of AlgorithmValidationProfile objects, each of which specifies a training job and batch transform job that SageMaker runs to validate your algorithm.

---A collection of settings that configure the Amazon Q experience within the domain.
---@class awsjobs.sagemaker.AmazonQSettings
---@field Status? awsjobs.sagemaker.FeatureStatus Whether Amazon Q has been enabled within the domain.
---@field QProfileArn? string The ARN of the Amazon Q profile used within the domain.

---Configures how labels are consolidated across human workers and processes output data.
---@class awsjobs.sagemaker.AnnotationConsolidationConfig
---@field AnnotationConsolidationLambdaArn string The Amazon Resource Name (ARN) of a Lambda function implements the logic for annotation consolidation and to process output data.

---Details about an Amazon SageMaker AI app.
---@class awsjobs.sagemaker.AppDetails
---@field DomainId? string The domain ID.
---@field UserProfileName? string The user profile name.
---@field SpaceName? string The name of the space.
---@field AppType? awsjobs.sagemaker.AppType The type of app.
---@field AppName? string The name of the app.
---@field Status? awsjobs.sagemaker.AppStatus The status.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field ResourceSpec? awsjobs.sagemaker.ResourceSpec

---The configuration for running a SageMaker AI image as a KernelGateway app.
---@class awsjobs.sagemaker.AppImageConfigDetails
---@field AppImageConfigArn? string The ARN of the AppImageConfig.
---@field AppImageConfigName? string The name of the AppImageConfig.
---@field CreationTime? awsjobs.Timestamp When the AppImageConfig was created.
---@field LastModifiedTime? awsjobs.Timestamp When the AppImageConfig was last modified.
---@field KernelGatewayImageConfig? awsjobs.sagemaker.KernelGatewayImageConfig The configuration for the file system and kernels in the SageMaker AI image.
---@field JupyterLabAppImageConfig? awsjobs.sagemaker.JupyterLabAppImageConfig The configuration for the file system and the runtime, such as the environment variables and entry point.
---@field CodeEditorAppImageConfig? awsjobs.sagemaker.CodeEditorAppImageConfig The configuration for the file system and the runtime, such as the environment variables and entry point.

---Settings that are used to configure and manage the lifecycle of Amazon SageMaker Studio applications.
---@class awsjobs.sagemaker.AppLifecycleManagement
---@field IdleSettings? awsjobs.sagemaker.IdleSettings Settings related to idle shutdown of Studio applications.

---Configuration to run a processing job in a specified container image.
---@class awsjobs.sagemaker.AppSpecification
---@field ImageUri string The container image to be run by the processing job.
---@field ContainerEntrypoint? string[] The entrypoint for a container used to run a processing job.
---@field ContainerArguments? string[] The arguments for a container used to run a processing job.

---A structure describing the source of an artifact.
---@class awsjobs.sagemaker.ArtifactSource
---@field SourceUri string The URI of the source.
---@field SourceTypes? awsjobs.sagemaker.ArtifactSourceType[] A list of source types.

---The ID and ID type of an artifact source.
---@class awsjobs.sagemaker.ArtifactSourceType
---@field SourceIdType awsjobs.sagemaker.ArtifactSourceIdType The type of ID.
---@field Value string The ID.

---Lists a summary of the properties of an artifact.
---@class awsjobs.sagemaker.ArtifactSummary
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact.
---@field ArtifactName? string The name of the artifact.
---@field Source? awsjobs.sagemaker.ArtifactSource The source of the artifact.
---@field ArtifactType? string The type of the artifact.
---@field CreationTime? awsjobs.Timestamp When the artifact was created.
---@field LastModifiedTime? awsjobs.Timestamp When the artifact was last modified.

---@class awsjobs.sagemaker.AssociateTrialComponentRequest
---@field TrialComponentName string The name of the component to associated with the trial.
---@field TrialName string The name of the trial to associate with.

---@class awsjobs.sagemaker.AssociateTrialComponentResponse
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.

---The data type used to describe the relationship between different sources.
---@class awsjobs.sagemaker.AssociationInfo
---@field SourceArn string The Amazon Resource Name (ARN) of the AssociationInfo source.
---@field DestinationArn string The Amazon Resource Name (ARN) of the AssociationInfo destination.

---Lists a summary of the properties of an association.
---@class awsjobs.sagemaker.AssociationSummary
---@field SourceArn? string The ARN of the source.
---@field DestinationArn? string The Amazon Resource Name (ARN) of the destination.
---@field SourceType? string The source type.
---@field DestinationType? string The destination type.
---@field AssociationType? awsjobs.sagemaker.AssociationEdgeType The type of the association.
---@field SourceName? string The name of the source.
---@field DestinationName? string The name of the destination.
---@field CreationTime? awsjobs.Timestamp When the association was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext

---Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.
---@class awsjobs.sagemaker.AsyncInferenceClientConfig
---@field MaxConcurrentInvocationsPerInstance? integer The maximum number of concurrent requests sent by the SageMaker client to the model container.

---Specifies configuration for how an endpoint performs asynchronous inference.
---@class awsjobs.sagemaker.AsyncInferenceConfig
---@field ClientConfig? awsjobs.sagemaker.AsyncInferenceClientConfig Configures the behavior of the client used by SageMaker to interact with the model container during asynchronous inference.
---@field OutputConfig awsjobs.sagemaker.AsyncInferenceOutputConfig Specifies the configuration for asynchronous inference invocation outputs.

---Specifies the configuration for notifications of inference results for asynchronous inference.
---@class awsjobs.sagemaker.AsyncInferenceNotificationConfig
---@field SuccessTopic? string Amazon SNS topic to post a notification to when inference completes successfully.
---@field ErrorTopic? string Amazon SNS topic to post a notification to when inference fails.
---@field IncludeInferenceResponseIn? awsjobs.sagemaker.AsyncNotificationTopicTypes[] The Amazon SNS topics where you want the inference response to be included.

---Specifies the configuration for asynchronous inference invocation outputs.
---@class awsjobs.sagemaker.AsyncInferenceOutputConfig
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the asynchronous inference output in Amazon S3.
---@field S3OutputPath? string The Amazon S3 location to upload inference responses to.
---@field NotificationConfig? awsjobs.sagemaker.AsyncInferenceNotificationConfig Specifies the configuration for notifications of inference results for asynchronous inference.
---@field S3FailurePath? string The Amazon S3 location to upload failure inference responses to.

---Configuration for Athena Dataset Definition input.
---@class awsjobs.sagemaker.AthenaDatasetDefinition
---@field Catalog string
---@field Database string
---@field QueryString string
---@field WorkGroup? string
---@field OutputS3Uri string The location in Amazon S3 where Athena query results are stored.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data generated from an Athena query...
---@field OutputFormat awsjobs.sagemaker.AthenaResultFormat
---@field OutputCompression? awsjobs.sagemaker.AthenaResultCompressionType

---@class awsjobs.sagemaker.AttachClusterNodeVolumeRequest
---@field ClusterArn string The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster containing the target node.
---@field NodeId string The unique identifier of the cluster node to which you want to attach the volume.
---@field VolumeId string The unique identifier of your EBS volume to attach.

---@class awsjobs.sagemaker.AttachClusterNodeVolumeResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster where the volume attachment operation was performed.
---@field NodeId string The unique identifier of the cluster node where your volume was attached.
---@field VolumeId string The unique identifier of your EBS volume that was attached.
---@field AttachTime awsjobs.Timestamp The timestamp when the volume attachment operation was initiated by the SageMaker HyperPod service.
---@field Status awsjobs.sagemaker.VolumeAttachmentStatus The current status of your volume attachment operation.
---@field DeviceName string The device name assigned to your attached volume on the target instance.

---Contains a presigned URL and its associated local file path for downloading hub content artifacts.
---@class awsjobs.sagemaker.AuthorizedUrl
---@field Url? string The presigned S3 URL that provides temporary, secure access to download the file.
---@field LocalPath? string The recommended local file path where the downloaded file should be stored to maintain proper directory structure and file organization.

---The selection of algorithms trained on your dataset to generate the model candidates for an Autopilot job.
---@class awsjobs.sagemaker.AutoMLAlgorithmConfig
---@field AutoMLAlgorithms awsjobs.sagemaker.AutoMLAlgorithm[] The selection of algorithms trained on your dataset to generate the model candidates for an Autopilot job.

---Information about a candidate produced by an AutoML training job, including its status, steps, and other properties.
---@class awsjobs.sagemaker.AutoMLCandidate
---@field CandidateName string The name of the candidate.
---@field FinalAutoMLJobObjectiveMetric? awsjobs.sagemaker.FinalAutoMLJobObjectiveMetric
---@field ObjectiveStatus awsjobs.sagemaker.ObjectiveStatus The objective's status.
---@field CandidateSteps awsjobs.sagemaker.AutoMLCandidateStep[] Information about the candidate's steps.
---@field CandidateStatus awsjobs.sagemaker.CandidateStatus The candidate's status.
---@field InferenceContainers? awsjobs.sagemaker.AutoMLContainerDefinition[] Information about the recommended inference container definitions.
---@field CreationTime awsjobs.Timestamp The creation time.
---@field EndTime? awsjobs.Timestamp The end time.
---@field LastModifiedTime awsjobs.Timestamp The last modified time.
---@field FailureReason? string The failure reason.
---@field CandidateProperties? awsjobs.sagemaker.CandidateProperties The properties of an AutoML candidate job.
---@field InferenceContainerDefinitions? table<awsjobs.sagemaker.AutoMLProcessingUnit, awsjobs.sagemaker.AutoMLContainerDefinition[]> The mapping of all supported processing unit (CPU, GPU, etc...) to inference container definitions for the candidate.

---Stores the configuration information for how a candidate is generated (optional).
---@class awsjobs.sagemaker.AutoMLCandidateGenerationConfig
---@field FeatureSpecificationS3Uri? string A URL to the Amazon S3 data source containing selected features from the input data source to run an Autopilot job.
---@field AlgorithmsConfig? awsjobs.sagemaker.AutoMLAlgorithmConfig[] Stores the configuration information for the selection of algorithms trained on tabular data.

---Information about the steps for a candidate and what step it is working on.
---@class awsjobs.sagemaker.AutoMLCandidateStep
---@field CandidateStepType awsjobs.sagemaker.CandidateStepType Whether the candidate is at the transform, training, or processing step.
---@field CandidateStepArn string The ARN for the candidate's step.
---@field CandidateStepName string The name for the candidate's step.

---A channel is a named input source that training algorithms can consume.
---@class awsjobs.sagemaker.AutoMLChannel
---@field DataSource? awsjobs.sagemaker.AutoMLDataSource The data source for an AutoML channel.
---@field CompressionType? awsjobs.sagemaker.CompressionType You can use Gzip or None.
---@field TargetAttributeName string The name of the target variable in supervised learning, usually represented by 'y'.
---@field ContentType? string The content type of the data from the input source.
---@field ChannelType? awsjobs.sagemaker.AutoMLChannelType The channel type (optional) is an enum string.
---@field SampleWeightAttributeName? string If specified, this column name indicates which column of the dataset should be treated as sample weights for use by the objective metric during the...

---Note: This data type is intended for use exclusively by SageMaker Canvas and cannot be used in other contexts at the moment.
---@class awsjobs.sagemaker.AutoMLComputeConfig
---@field EmrServerlessComputeConfig? awsjobs.sagemaker.EmrServerlessComputeConfig The configuration for using EMR Serverless to run the AutoML job V2.

---A list of container definitions that describe the different containers that make up an AutoML candidate.
---@class awsjobs.sagemaker.AutoMLContainerDefinition
---@field Image string The Amazon Elastic Container Registry (Amazon ECR) path of the container.
---@field ModelDataUrl string The location of the model artifacts.
---@field Environment? table<string, string> The environment variables to set in the container.

---The data source for the Autopilot job.
---@class awsjobs.sagemaker.AutoMLDataSource
---@field S3DataSource awsjobs.sagemaker.AutoMLS3DataSource The Amazon S3 location of the input data.

---This structure specifies how to split the data into train and validation datasets.
---@class awsjobs.sagemaker.AutoMLDataSplitConfig
---@field ValidationFraction? number The validation fraction (optional) is a float that specifies the portion of the training dataset to be used for validation.

---The artifacts that are generated during an AutoML job.
---@class awsjobs.sagemaker.AutoMLJobArtifacts
---@field CandidateDefinitionNotebookLocation? string The URL of the notebook location.
---@field DataExplorationNotebookLocation? string The URL of the notebook location.

---A channel is a named input source that training algorithms can consume.
---@class awsjobs.sagemaker.AutoMLJobChannel
---@field ChannelType? awsjobs.sagemaker.AutoMLChannelType The type of channel.
---@field ContentType? string The content type of the data from the input source.
---@field CompressionType? awsjobs.sagemaker.CompressionType The allowed compression types depend on the input format and problem type.
---@field DataSource? awsjobs.sagemaker.AutoMLDataSource The data source for an AutoML channel (Required).

---How long a job is allowed to run, or how many candidates a job is allowed to generate.
---@class awsjobs.sagemaker.AutoMLJobCompletionCriteria
---@field MaxCandidates? integer The maximum number of times a training job is allowed to run.
---@field MaxRuntimePerTrainingJobInSeconds? integer The maximum time, in seconds, that each training job executed inside hyperparameter tuning is allowed to run as part of a hyperparameter tuning job.
---@field MaxAutoMLJobRuntimeInSeconds? integer The maximum runtime, in seconds, an AutoML job has to complete.

---A collection of settings used for an AutoML job.
---@class awsjobs.sagemaker.AutoMLJobConfig
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria How long an AutoML job is allowed to run, or how many candidates a job is allowed to generate.
---@field SecurityConfig? awsjobs.sagemaker.AutoMLSecurityConfig The security configuration for traffic encryption or Amazon VPC settings.
---@field CandidateGenerationConfig? awsjobs.sagemaker.AutoMLCandidateGenerationConfig The configuration for generating a candidate for an AutoML job (optional).
---@field DataSplitConfig? awsjobs.sagemaker.AutoMLDataSplitConfig The configuration for splitting the input training dataset.
---@field Mode? awsjobs.sagemaker.AutoMLMode The method that Autopilot uses to train the data.

---Specifies a metric to minimize or maximize as the objective of an AutoML job.
---@class awsjobs.sagemaker.AutoMLJobObjective
---@field MetricName awsjobs.sagemaker.AutoMLMetricEnum The name of the objective metric used to measure the predictive quality of a machine learning system.

---Metadata for an AutoML job step.
---@class awsjobs.sagemaker.AutoMLJobStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the AutoML job.

---Provides a summary about an AutoML job.
---@class awsjobs.sagemaker.AutoMLJobSummary
---@field AutoMLJobName string The name of the AutoML job you are requesting.
---@field AutoMLJobArn string The ARN of the AutoML job.
---@field AutoMLJobStatus awsjobs.sagemaker.AutoMLJobStatus The status of the AutoML job.
---@field AutoMLJobSecondaryStatus awsjobs.sagemaker.AutoMLJobSecondaryStatus The secondary status of the AutoML job.
---@field CreationTime awsjobs.Timestamp When the AutoML job was created.
---@field EndTime? awsjobs.Timestamp The end time of an AutoML job.
---@field LastModifiedTime awsjobs.Timestamp When the AutoML job was last modified.
---@field FailureReason? string The failure reason of an AutoML job.
---@field PartialFailureReasons? awsjobs.sagemaker.AutoMLPartialFailureReason[] The list of reasons for partial failures within an AutoML job.

---The output data configuration.
---@class awsjobs.sagemaker.AutoMLOutputDataConfig
---@field KmsKeyId? string The Key Management Service encryption key ID.
---@field S3OutputPath string The Amazon S3 output path.

---The reason for a partial failure of an AutoML job.
---@class awsjobs.sagemaker.AutoMLPartialFailureReason
---@field PartialFailureMessage? string The message containing the reason for a partial failure of an AutoML job.

---A collection of settings specific to the problem type used to configure an AutoML job V2.
---@class awsjobs.sagemaker.AutoMLProblemTypeConfig
---@field ImageClassificationJobConfig? awsjobs.sagemaker.ImageClassificationJobConfig Settings used to configure an AutoML job V2 for the image classification problem type.
---@field TextClassificationJobConfig? awsjobs.sagemaker.TextClassificationJobConfig Settings used to configure an AutoML job V2 for the text classification problem type.
---@field TimeSeriesForecastingJobConfig? awsjobs.sagemaker.TimeSeriesForecastingJobConfig Settings used to configure an AutoML job V2 for the time-series forecasting problem type.
---@field TabularJobConfig? awsjobs.sagemaker.TabularJobConfig Settings used to configure an AutoML job V2 for the tabular problem type (regression, classification).
---@field TextGenerationJobConfig? awsjobs.sagemaker.TextGenerationJobConfig Settings used to configure an AutoML job V2 for the text generation (LLMs fine-tuning) problem type.

---Stores resolved attributes specific to the problem type of an AutoML job V2.
---@class awsjobs.sagemaker.AutoMLProblemTypeResolvedAttributes
---@field TabularResolvedAttributes? awsjobs.sagemaker.TabularResolvedAttributes The resolved attributes for the tabular problem type.
---@field TextGenerationResolvedAttributes? awsjobs.sagemaker.TextGenerationResolvedAttributes The resolved attributes for the text generation problem type.

---The resolved attributes used to configure an AutoML job V2.
---@class awsjobs.sagemaker.AutoMLResolvedAttributes
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria
---@field AutoMLProblemTypeResolvedAttributes? awsjobs.sagemaker.AutoMLProblemTypeResolvedAttributes Defines the resolved attributes specific to a problem type.

---Describes the Amazon S3 data source.
---@class awsjobs.sagemaker.AutoMLS3DataSource
---@field S3DataType awsjobs.sagemaker.AutoMLS3DataType The data type.
---@field S3Uri string The URL to the Amazon S3 data source.

---Security options.
---@class awsjobs.sagemaker.AutoMLSecurityConfig
---@field VolumeKmsKeyId? string The key used to encrypt stored data.
---@field EnableInterContainerTrafficEncryption? boolean Whether to use traffic encryption between the container layers.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig The VPC configuration.

---The name and an example value of the hyperparameter that you want to use in Autotune.
---@class awsjobs.sagemaker.AutoParameter
---@field Name string The name of the hyperparameter to optimize using Autotune.
---@field ValueHint string An example value of the hyperparameter to optimize using Autotune.

---Automatic rollback configuration for handling endpoint deployment failures and recovery.
---@class awsjobs.sagemaker.AutoRollbackConfig
---@field Alarms? awsjobs.sagemaker.Alarm[] List of CloudWatch alarms in your account that are configured to monitor metrics on an endpoint.

---A flag to indicate if you want to use Autotune to automatically find optimal values for the following fields:
---@class awsjobs.sagemaker.Autotune
---@field Mode awsjobs.sagemaker.AutotuneMode Set Mode to Enabled if you want to use Autotune.

---Contains information about an available upgrade for a SageMaker Partner AI App, including the version number and release notes.
---@class awsjobs.sagemaker.AvailableUpgrade
---@field Version? string The semantic version number of the available upgrade for the SageMaker Partner AI App.
---@field ReleaseNotes? string[] A list of release notes describing the changes and improvements included in the available upgrade version.

---Identifies the foundation model that was used as the starting point for model customization.
---@class awsjobs.sagemaker.BaseModel
---@field HubContentName? string The hub content name of the base model.
---@field HubContentVersion? string The hub content version of the base model.
---@field RecipeName? string The recipe name of the base model.

---Information about an error that occurred during the node addition operation.
---@class awsjobs.sagemaker.BatchAddClusterNodesError
---@field InstanceGroupName string The name of the instance group for which the error occurred.
---@field ErrorCode awsjobs.sagemaker.BatchAddClusterNodesErrorCode The error code associated with the failure.
---@field FailedCount integer The number of nodes that failed to be added to the specified instance group.
---@field AvailabilityZones? string[] The availability zones associated with the failed node addition request.
---@field InstanceTypes? awsjobs.sagemaker.ClusterInstanceType[] The instance types associated with the failed node addition request.
---@field Message? string A descriptive message providing additional details about the error.

---@class awsjobs.sagemaker.BatchAddClusterNodesRequest
---@field ClusterName string The name of the HyperPod cluster to which you want to add nodes.
---@field ClientToken? string A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
---@field NodesToAdd awsjobs.sagemaker.AddClusterNodeSpecification[] A list of instance groups and the number of nodes to add to each.

---@class awsjobs.sagemaker.BatchAddClusterNodesResponse
---@field Successful awsjobs.sagemaker.NodeAdditionResult[] A list of NodeLogicalIDs that were successfully added to the cluster.
---@field Failed awsjobs.sagemaker.BatchAddClusterNodesError[] A list of errors that occurred during the node addition operation.

---Configuration to control how SageMaker captures inference data for batch transform jobs.
---@class awsjobs.sagemaker.BatchDataCaptureConfig
---@field DestinationS3Uri string The Amazon S3 location being used to capture the data.
---@field KmsKeyId? string The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that SageMaker uses to encrypt data on the storage volume attached to the...
---@field GenerateInferenceId? boolean Flag that indicates whether to append inference id to the output.

---Information about an error that occurred when attempting to delete a node identified by its NodeLogicalId.
---@class awsjobs.sagemaker.BatchDeleteClusterNodeLogicalIdsError
---@field Code awsjobs.sagemaker.BatchDeleteClusterNodesErrorCode The error code associated with the failure.
---@field Message string A descriptive message providing additional details about the error.
---@field NodeLogicalId string The NodeLogicalId of the node that could not be deleted.

---Represents an error encountered when deleting a node from a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.BatchDeleteClusterNodesError
---@field Code awsjobs.sagemaker.BatchDeleteClusterNodesErrorCode The error code associated with the error encountered when deleting a node.
---@field Message string A message describing the error encountered when deleting a node.
---@field NodeId string The ID of the node that encountered an error during the deletion process.

---@class awsjobs.sagemaker.BatchDeleteClusterNodesRequest
---@field ClusterName string The name of the SageMaker HyperPod cluster from which to delete the specified nodes.
---@field NodeIds? string[] A list of node IDs to be deleted from the specified cluster.
---@field NodeLogicalIds? string[] A list of NodeLogicalIds identifying the nodes to be deleted.

---@class awsjobs.sagemaker.BatchDeleteClusterNodesResponse
---@field Failed? awsjobs.sagemaker.BatchDeleteClusterNodesError[] A list of errors encountered when deleting the specified nodes.
---@field Successful? string[] A list of node IDs that were successfully deleted from the specified cluster.
---@field FailedNodeLogicalIds? awsjobs.sagemaker.BatchDeleteClusterNodeLogicalIdsError[] A list of NodeLogicalIds that could not be deleted, along with error information explaining why the deletion failed.
---@field SuccessfulNodeLogicalIds? string[] A list of NodeLogicalIds that were successfully deleted from the cluster.

---The error code and error description associated with the resource.
---@class awsjobs.sagemaker.BatchDescribeModelPackageError
---@field ErrorCode string
---@field ErrorResponse string

---@class awsjobs.sagemaker.BatchDescribeModelPackageInput
---@field ModelPackageArnList string[] The list of Amazon Resource Name (ARN) of the model package groups.

---@class awsjobs.sagemaker.BatchDescribeModelPackageOutput
---@field ModelPackageSummaries? table<string, awsjobs.sagemaker.BatchDescribeModelPackageSummary> The summaries for the model package versions
---@field BatchDescribeModelPackageErrorMap? table<string, awsjobs.sagemaker.BatchDescribeModelPackageError> A map of the resource and BatchDescribeModelPackageError objects reporting the error associated with describing the model package.

---Provides summary information about the model package.
---@class awsjobs.sagemaker.BatchDescribeModelPackageSummary
---@field ModelPackageGroupName string The group name for the model package
---@field ModelPackageVersion? integer The version number of a versioned model.
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the model package.
---@field ModelPackageDescription? string The description of the model package.
---@field CreationTime awsjobs.Timestamp The creation time of the mortgage package summary.
---@field InferenceSpecification awsjobs.sagemaker.InferenceSpecification
---@field ModelPackageStatus awsjobs.sagemaker.ModelPackageStatus The status of the mortgage package.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus The approval status of the model.
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package summary.

---Represents an error encountered when rebooting a node (identified by its logical node ID) from a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.BatchRebootClusterNodeLogicalIdsError
---@field NodeLogicalId string The logical node ID of the node that encountered an error during the reboot operation.
---@field ErrorCode awsjobs.sagemaker.BatchRebootClusterNodesErrorCode The error code associated with the error encountered when rebooting a node by logical node ID.
---@field Message string A human-readable message describing the error encountered when rebooting a node by logical node ID.

---Represents an error encountered when rebooting a node from a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.BatchRebootClusterNodesError
---@field NodeId string The EC2 instance ID of the node that encountered an error during the reboot operation.
---@field ErrorCode awsjobs.sagemaker.BatchRebootClusterNodesErrorCode The error code associated with the error encountered when rebooting a node.
---@field Message string A human-readable message describing the error encountered when rebooting a node.

---@class awsjobs.sagemaker.BatchRebootClusterNodesRequest
---@field ClusterName string The name or Amazon Resource Name (ARN) of the SageMaker HyperPod cluster containing the nodes to reboot.
---@field NodeIds? string[] A list of EC2 instance IDs to reboot using soft recovery.
---@field NodeLogicalIds? string[] A list of logical node IDs to reboot using soft recovery.

---@class awsjobs.sagemaker.BatchRebootClusterNodesResponse
---@field Successful? string[] A list of EC2 instance IDs for which the reboot operation was successfully initiated.
---@field Failed? awsjobs.sagemaker.BatchRebootClusterNodesError[] A list of errors encountered for EC2 instance IDs that could not be rebooted.
---@field FailedNodeLogicalIds? awsjobs.sagemaker.BatchRebootClusterNodeLogicalIdsError[] A list of errors encountered for logical node IDs that could not be rebooted.
---@field SuccessfulNodeLogicalIds? string[] A list of logical node IDs for which the reboot operation was successfully initiated.

---Represents an error encountered when replacing a node (identified by its logical node ID) in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.BatchReplaceClusterNodeLogicalIdsError
---@field NodeLogicalId string The logical node ID of the node that encountered an error during the replacement operation.
---@field ErrorCode awsjobs.sagemaker.BatchReplaceClusterNodesErrorCode The error code associated with the error encountered when replacing a node by logical node ID.
---@field Message string A human-readable message describing the error encountered when replacing a node by logical node ID.

---Represents an error encountered when replacing a node in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.BatchReplaceClusterNodesError
---@field NodeId string The EC2 instance ID of the node that encountered an error during the replacement operation.
---@field ErrorCode awsjobs.sagemaker.BatchReplaceClusterNodesErrorCode The error code associated with the error encountered when replacing a node.
---@field Message string A human-readable message describing the error encountered when replacing a node.

---@class awsjobs.sagemaker.BatchReplaceClusterNodesRequest
---@field ClusterName string The name or Amazon Resource Name (ARN) of the SageMaker HyperPod cluster containing the nodes to replace.
---@field NodeIds? string[] A list of EC2 instance IDs to replace with new hardware.
---@field NodeLogicalIds? string[] A list of logical node IDs to replace with new hardware.

---@class awsjobs.sagemaker.BatchReplaceClusterNodesResponse
---@field Successful? string[] A list of EC2 instance IDs for which the replacement operation was successfully initiated.
---@field Failed? awsjobs.sagemaker.BatchReplaceClusterNodesError[] A list of errors encountered for EC2 instance IDs that could not be replaced.
---@field FailedNodeLogicalIds? awsjobs.sagemaker.BatchReplaceClusterNodeLogicalIdsError[] A list of errors encountered for logical node IDs that could not be replaced.
---@field SuccessfulNodeLogicalIds? string[] A list of logical node IDs for which the replacement operation was successfully initiated.

---Input object for the batch transform job.
---@class awsjobs.sagemaker.BatchTransformInput
---@field DataCapturedDestinationS3Uri string The Amazon S3 location being used to capture the data.
---@field DatasetFormat awsjobs.sagemaker.MonitoringDatasetFormat The dataset format for your batch transform job.
---@field LocalPath string Path to the filesystem where the batch transform data is available to the container.
---@field S3InputMode? awsjobs.sagemaker.ProcessingS3InputMode Whether the Pipe or File is used as the input mode for transferring data for the monitoring job.
---@field S3DataDistributionType? awsjobs.sagemaker.ProcessingS3DataDistributionType Whether input data distributed in Amazon S3 is fully replicated or sharded by an S3 key.
---@field FeaturesAttribute? string The attributes of the input data that are the input features.
---@field InferenceAttribute? string The attribute of the input data that represents the ground truth label.
---@field ProbabilityAttribute? string In a classification problem, the attribute that represents the class probability.
---@field ProbabilityThresholdAttribute? number The threshold for the class probability to be evaluated as a positive result.
---@field StartTimeOffset? string If specified, monitoring jobs substract this time from the start time.
---@field EndTimeOffset? string If specified, monitoring jobs subtract this time from the end time.
---@field ExcludeFeaturesAttribute? string The attributes of the input data to exclude from the analysis.

---The metadata of the Amazon Bedrock custom model deployment.
---@class awsjobs.sagemaker.BedrockCustomModelDeploymentMetadata
---@field Arn? string The Amazon Resource Name (ARN) for the Amazon Bedrock custom model deployment.

---The metadata of the Amazon Bedrock custom model.
---@class awsjobs.sagemaker.BedrockCustomModelMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the Amazon Bedrock custom model.

---The metadata of the Amazon Bedrock model import.
---@class awsjobs.sagemaker.BedrockModelImportMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the Amazon Bedrock model import.

---The metadata of the Amazon Bedrock provisioned model throughput.
---@class awsjobs.sagemaker.BedrockProvisionedModelThroughputMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the Amazon Bedrock provisioned model throughput.

---A structure that keeps track of which training jobs launched by your hyperparameter tuning job are not improving model performance as evaluated against an objective function.
---@class awsjobs.sagemaker.BestObjectiveNotImproving
---@field MaxNumberOfTrainingJobsNotImproving? integer The number of training jobs that have failed to improve model performance by 1% or greater over prior training jobs as evaluated against an objective function.

---Contains bias metrics for a model.
---@class awsjobs.sagemaker.Bias
---@field Report? awsjobs.sagemaker.MetricsSource The bias report for a model
---@field PreTrainingReport? awsjobs.sagemaker.MetricsSource The pre-training bias report for a model.
---@field PostTrainingReport? awsjobs.sagemaker.MetricsSource The post-training bias report for a model.

---Update policy for a blue/green deployment.
---@class awsjobs.sagemaker.BlueGreenUpdatePolicy
---@field TrafficRoutingConfiguration awsjobs.sagemaker.TrafficRoutingConfig Defines the traffic routing strategy to shift traffic from the old fleet to the new fleet during an endpoint deployment.
---@field TerminationWaitInSeconds? integer Additional waiting time in seconds after the completion of an endpoint deployment before terminating the old endpoint fleet.
---@field MaximumExecutionTimeoutInSeconds? integer Maximum execution timeout for the deployment.

---Details on the cache hit of a pipeline execution step.
---@class awsjobs.sagemaker.CacheHitResult
---@field SourcePipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---Metadata about a callback step.
---@class awsjobs.sagemaker.CallbackStepMetadata
---@field CallbackToken? string The pipeline generated token from the Amazon SQS queue.
---@field SqsQueueUrl? string The URL of the Amazon Simple Queue Service (Amazon SQS) queue used by the callback step.
---@field OutputParameters? awsjobs.sagemaker.OutputParameter[] A list of the output parameters of the callback step.

---The location of artifacts for an AutoML candidate job.
---@class awsjobs.sagemaker.CandidateArtifactLocations
---@field Explainability string The Amazon S3 prefix to the explainability artifacts generated for the AutoML candidate.
---@field ModelInsights? string The Amazon S3 prefix to the model insight artifacts generated for the AutoML candidate.
---@field BacktestResults? string The Amazon S3 prefix to the accuracy metrics and the inference results observed over the testing window.

---Stores the configuration information for how model candidates are generated using an AutoML job V2.
---@class awsjobs.sagemaker.CandidateGenerationConfig
---@field AlgorithmsConfig? awsjobs.sagemaker.AutoMLAlgorithmConfig[] Your Autopilot job trains a default set of algorithms on your dataset.

---The properties of an AutoML candidate job.
---@class awsjobs.sagemaker.CandidateProperties
---@field CandidateArtifactLocations? awsjobs.sagemaker.CandidateArtifactLocations The Amazon S3 prefix to the artifacts generated for an AutoML candidate.
---@field CandidateMetrics? awsjobs.sagemaker.MetricDatum[] Information about the candidate metrics for an AutoML job.

---The SageMaker Canvas application settings.
---@class awsjobs.sagemaker.CanvasAppSettings
---@field TimeSeriesForecastingSettings? awsjobs.sagemaker.TimeSeriesForecastingSettings Time series forecast settings for the SageMaker Canvas application.
---@field ModelRegisterSettings? awsjobs.sagemaker.ModelRegisterSettings The model registry settings for the SageMaker Canvas application.
---@field WorkspaceSettings? awsjobs.sagemaker.WorkspaceSettings The workspace settings for the SageMaker Canvas application.
---@field IdentityProviderOAuthSettings? awsjobs.sagemaker.IdentityProviderOAuthSetting[] The settings for connecting to an external data source with OAuth.
---@field DirectDeploySettings? awsjobs.sagemaker.DirectDeploySettings The model deployment settings for the SageMaker Canvas application.
---@field KendraSettings? awsjobs.sagemaker.KendraSettings The settings for document querying.
---@field GenerativeAiSettings? awsjobs.sagemaker.GenerativeAiSettings The generative AI settings for the SageMaker Canvas application.
---@field EmrServerlessSettings? awsjobs.sagemaker.EmrServerlessSettings The settings for running Amazon EMR Serverless data processing jobs in SageMaker Canvas.

---Information about the Capacity Reservation used by an instance or instance group.
---@class awsjobs.sagemaker.CapacityReservation
---@field Arn? string The Amazon Resource Name (ARN) of the Capacity Reservation.
---@field Type? awsjobs.sagemaker.CapacityReservationType The type of Capacity Reservation.

---Specifies the type and size of the endpoint capacity to activate for a blue/green deployment, a rolling deployment, or a rollback strategy.
---@class awsjobs.sagemaker.CapacitySize
---@field Type awsjobs.sagemaker.CapacitySizeType Specifies the endpoint capacity type.
---@field Value integer Defines the capacity size, either as a number of instances or a capacity percentage.

---The configuration of the size measurements of the AMI update.
---@class awsjobs.sagemaker.CapacitySizeConfig
---@field Type awsjobs.sagemaker.NodeUnavailabilityType Specifies whether SageMaker should process the update by amount or percentage of instances.
---@field Value integer Specifies the amount or percentage of instances SageMaker updates at a time.

---Configuration specifying how to treat different headers.
---@class awsjobs.sagemaker.CaptureContentTypeHeader
---@field CsvContentTypes? string[] The list of all content type headers that Amazon SageMaker AI will treat as CSV and capture accordingly.
---@field JsonContentTypes? string[] The list of all content type headers that SageMaker AI will treat as JSON and capture accordingly.

---Specifies data Model Monitor will capture.
---@class awsjobs.sagemaker.CaptureOption
---@field CaptureMode awsjobs.sagemaker.CaptureMode Specify the boundary of data to capture.

---Environment parameters you want to benchmark your load test against.
---@class awsjobs.sagemaker.CategoricalParameter
---@field Name string The Name of the environment variable.
---@field Value string[] The list of values you can pass.

---A list of categorical hyperparameters to tune.
---@class awsjobs.sagemaker.CategoricalParameterRange
---@field Name string The name of the categorical hyperparameter to tune.
---@field Values string[] A list of the categories for the hyperparameter.

---Defines the possible values for a categorical hyperparameter.
---@class awsjobs.sagemaker.CategoricalParameterRangeSpecification
---@field Values string[] The allowed categories for the hyperparameter.

---The CloudFormation template provider configuration for creating infrastructure resources.
---@class awsjobs.sagemaker.CfnCreateTemplateProvider
---@field TemplateName string A unique identifier for the template within the project.
---@field TemplateURL string The Amazon S3 URL of the CloudFormation template.
---@field RoleARN? string The IAM role that CloudFormation assumes when creating the stack.
---@field Parameters? awsjobs.sagemaker.CfnStackCreateParameter[] An array of CloudFormation stack parameters.

---A key-value pair that represents a parameter for the CloudFormation stack.
---@class awsjobs.sagemaker.CfnStackCreateParameter
---@field Key string The name of the CloudFormation parameter.
---@field Value? string The value of the CloudFormation parameter.

---Details about the CloudFormation stack.
---@class awsjobs.sagemaker.CfnStackDetail
---@field Name? string The name of the CloudFormation stack.
---@field Id? string The unique identifier of the CloudFormation stack.
---@field StatusMessage string A human-readable message about the stack's current status.

---A key-value pair representing a parameter used in the CloudFormation stack.
---@class awsjobs.sagemaker.CfnStackParameter
---@field Key string The name of the CloudFormation parameter.
---@field Value? string The value of the CloudFormation parameter.

---A key-value pair representing a parameter used in the CloudFormation stack.
---@class awsjobs.sagemaker.CfnStackUpdateParameter
---@field Key string The name of the CloudFormation parameter.
---@field Value? string The value of the CloudFormation parameter.

---Details about a CloudFormation template provider configuration and associated provisioning information.
---@class awsjobs.sagemaker.CfnTemplateProviderDetail
---@field TemplateName string The unique identifier of the template within the project.
---@field TemplateURL string The Amazon S3 URL of the CloudFormation template.
---@field RoleARN? string The IAM role used by CloudFormation to create the stack.
---@field Parameters? awsjobs.sagemaker.CfnStackParameter[] An array of CloudFormation stack parameters.
---@field StackDetail? awsjobs.sagemaker.CfnStackDetail Information about the CloudFormation stack created by the template provider.

---Contains configuration details for updating an existing CloudFormation template provider in the project.
---@class awsjobs.sagemaker.CfnUpdateTemplateProvider
---@field TemplateName string The unique identifier of the template to update within the project.
---@field TemplateURL string The Amazon S3 URL of the CloudFormation template.
---@field Parameters? awsjobs.sagemaker.CfnStackUpdateParameter[] An array of CloudFormation stack parameters.

---A channel is a named input source that training algorithms can consume.
---@class awsjobs.sagemaker.Channel
---@field ChannelName string The name of the channel.
---@field DataSource awsjobs.sagemaker.DataSource The location of the channel data.
---@field ContentType? string The MIME type of the data.
---@field CompressionType? awsjobs.sagemaker.CompressionType If training data is compressed, the compression type.
---@field RecordWrapperType? awsjobs.sagemaker.RecordWrapper Specify RecordIO as the value when input data is in raw format but the training algorithm requires the RecordIO format.
---@field InputMode? awsjobs.sagemaker.TrainingInputMode # (Optional) The input mode to use for the data channel in a training job.
---@field ShuffleConfig? awsjobs.sagemaker.ShuffleConfig A configuration for a shuffle option for input data in a channel.

---Defines a named input source, called a channel, to be used by an algorithm.
---@class awsjobs.sagemaker.ChannelSpecification
---@field Name string The name of the channel.
---@field Description? string A brief description of the channel.
---@field IsRequired? boolean Indicates whether the channel is required by the algorithm.
---@field SupportedContentTypes string[] The supported MIME types for the data.
---@field SupportedCompressionTypes? awsjobs.sagemaker.CompressionType[] The allowed compression types, if data compression is used.
---@field SupportedInputModes awsjobs.sagemaker.TrainingInputMode[] The allowed input mode, either FILE or PIPE.

---Contains information about the output location for managed spot training checkpoint data.
---@class awsjobs.sagemaker.CheckpointConfig
---@field S3Uri string Identifies the S3 path where you want SageMaker to store checkpoints.
---@field LocalPath? string # (Optional) The local directory where checkpoints are written.

---The container for the metadata for the ClarifyCheck step.
---@class awsjobs.sagemaker.ClarifyCheckStepMetadata
---@field CheckType? string The type of the Clarify Check step
---@field BaselineUsedForDriftCheckConstraints? string The Amazon S3 URI of baseline constraints file to be used for the drift check.
---@field CalculatedBaselineConstraints? string The Amazon S3 URI of the newly calculated baseline constraints file.
---@field ModelPackageGroupName? string The model package group name.
---@field ViolationReport? string The Amazon S3 URI of the violation report if violations are detected.
---@field CheckJobArn? string The Amazon Resource Name (ARN) of the check processing job that was run by this step's execution.
---@field SkipCheck? boolean This flag indicates if the drift check against the previous baseline will be skipped or not.
---@field RegisterNewBaseline? boolean This flag indicates if a newly calculated baseline can be accessed through step properties BaselineUsedForDriftCheckConstraints and...

---The configuration parameters for the SageMaker Clarify explainer.
---@class awsjobs.sagemaker.ClarifyExplainerConfig
---@field EnableExplanations? string A JMESPath boolean expression used to filter which records to explain.
---@field InferenceConfig? awsjobs.sagemaker.ClarifyInferenceConfig The inference configuration parameter for the model container.
---@field ShapConfig awsjobs.sagemaker.ClarifyShapConfig The configuration for SHAP analysis.

---The inference configuration parameter for the model container.
---@class awsjobs.sagemaker.ClarifyInferenceConfig
---@field FeaturesAttribute? string Provides the JMESPath expression to extract the features from a model container input in JSON Lines format.
---@field ContentTemplate? string A template string used to format a JSON record into an acceptable model container input.
---@field MaxRecordCount? integer The maximum number of records in a request that the model container can process when querying the model container for the predictions of a synthetic dataset.
---@field MaxPayloadInMB? integer The maximum payload size (MB) allowed of a request from the explainer to the model container.
---@field ProbabilityIndex? integer A zero-based index used to extract a probability value (score) or list from model container output in CSV format.
---@field LabelIndex? integer A zero-based index used to extract a label header or list of label headers from model container output in CSV format.
---@field ProbabilityAttribute? string A JMESPath expression used to extract the probability (or score) from the model container output if the model container is in JSON Lines format.
---@field LabelAttribute? string A JMESPath expression used to locate the list of label headers in the model container output.
---@field LabelHeaders? string[] For multiclass classification problems, the label headers are the names of the classes.
---@field FeatureHeaders? string[] The names of the features.
---@field FeatureTypes? awsjobs.sagemaker.ClarifyFeatureType[] A list of data types of the features (optional).

---The configuration for the SHAP baseline (also called the background or reference dataset) of the Kernal SHAP algorithm.
---@class awsjobs.sagemaker.ClarifyShapBaselineConfig
---@field MimeType? string The MIME type of the baseline data.
---@field ShapBaseline? string The inline SHAP baseline data in string format.
---@field ShapBaselineUri? string The uniform resource identifier (URI) of the S3 bucket where the SHAP baseline file is stored.

---The configuration for SHAP analysis using SageMaker Clarify Explainer.
---@class awsjobs.sagemaker.ClarifyShapConfig
---@field ShapBaselineConfig awsjobs.sagemaker.ClarifyShapBaselineConfig The configuration for the SHAP baseline of the Kernal SHAP algorithm.
---@field NumberOfSamples? integer The number of samples to be used for analysis by the Kernal SHAP algorithm.
---@field UseLogit? boolean A Boolean toggle to indicate if you want to use the logit function (true) or log-odds units (false) for model predictions.
---@field Seed? integer The starting value used to initialize the random number generator in the explainer.
---@field TextConfig? awsjobs.sagemaker.ClarifyTextConfig A parameter that indicates if text features are treated as text and explanations are provided for individual units of text.

---A parameter used to configure the SageMaker Clarify explainer to treat text features as text so that explanations are provided for individual units of text.
---@class awsjobs.sagemaker.ClarifyTextConfig
---@field Language awsjobs.sagemaker.ClarifyTextLanguage Specifies the language of the text features in ISO 639-1 or ISO 639-3 code of a supported language.
---@field Granularity awsjobs.sagemaker.ClarifyTextGranularity The unit of granularity for the analysis of text features.

---Specifies the autoscaling configuration for a HyperPod cluster.
---@class awsjobs.sagemaker.ClusterAutoScalingConfig
---@field Mode awsjobs.sagemaker.ClusterAutoScalingMode Describes whether autoscaling is enabled or disabled for the cluster.
---@field AutoScalerType? awsjobs.sagemaker.ClusterAutoScalerType The type of autoscaler to use.

---The autoscaling configuration and status information for a HyperPod cluster.
---@class awsjobs.sagemaker.ClusterAutoScalingConfigOutput
---@field Mode awsjobs.sagemaker.ClusterAutoScalingMode Describes whether autoscaling is enabled or disabled for the cluster.
---@field AutoScalerType? awsjobs.sagemaker.ClusterAutoScalerType The type of autoscaler configured for the cluster.
---@field Status awsjobs.sagemaker.ClusterAutoScalingStatus The current status of the autoscaling configuration.
---@field FailureMessage? string If the autoscaling status is Failed, this field contains a message describing the failure.

---Defines the instance capacity requirements for an instance group, including configurations for both Spot and On-Demand capacity types.
---@class awsjobs.sagemaker.ClusterCapacityRequirements
---@field Spot? awsjobs.sagemaker.ClusterSpotOptions Configuration options specific to Spot instances.
---@field OnDemand? awsjobs.sagemaker.ClusterOnDemandOptions Configuration options specific to On-Demand instances.

---Defines the configuration for attaching an additional Amazon Elastic Block Store (EBS) volume to each instance of the SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterEbsVolumeConfig
---@field VolumeSizeInGB? integer The size in gigabytes (GB) of the additional EBS volume to be attached to the instances in the SageMaker HyperPod cluster instance group.
---@field VolumeKmsKeyId? string The ID of a KMS key to encrypt the Amazon EBS volume.
---@field RootVolume? boolean Specifies whether the configuration is for the cluster's root or secondary Amazon EBS volume.

---Detailed information about a specific event in a HyperPod cluster.
---@class awsjobs.sagemaker.ClusterEventDetail
---@field EventId string The unique identifier (UUID) of the event.
---@field ClusterArn string The Amazon Resource Name (ARN) of the HyperPod cluster associated with the event.
---@field ClusterName string The name of the HyperPod cluster associated with the event.
---@field InstanceGroupName? string The name of the instance group associated with the event, if applicable.
---@field InstanceId? string The EC2 instance ID associated with the event, if applicable.
---@field ResourceType awsjobs.sagemaker.ClusterEventResourceType The type of resource associated with the event.
---@field EventTime awsjobs.Timestamp The timestamp when the event occurred.
---@field EventDetails? awsjobs.sagemaker.EventDetails Additional details about the event, including event-specific metadata.
---@field Description? string A human-readable description of the event.
---@field EventLevel? awsjobs.sagemaker.ClusterEventLevel The severity level of the event.

---A summary of an event in a HyperPod cluster.
---@class awsjobs.sagemaker.ClusterEventSummary
---@field EventId string The unique identifier (UUID) of the event.
---@field ClusterArn string The Amazon Resource Name (ARN) of the HyperPod cluster associated with the event.
---@field ClusterName string The name of the HyperPod cluster associated with the event.
---@field InstanceGroupName? string The name of the instance group associated with the event, if applicable.
---@field InstanceId? string The Amazon Elastic Compute Cloud (EC2) instance ID associated with the event, if applicable.
---@field ResourceType awsjobs.sagemaker.ClusterEventResourceType The type of resource associated with the event.
---@field EventTime awsjobs.Timestamp The timestamp when the event occurred.
---@field Description? string A brief, human-readable description of the event.
---@field EventLevel? awsjobs.sagemaker.ClusterEventLevel The severity level of the event.

---Defines the configuration for attaching an Amazon FSx for Lustre file system to instances in a SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterFsxLustreConfig
---@field DnsName string The DNS name of the Amazon FSx for Lustre file system.
---@field MountName string The mount name of the Amazon FSx for Lustre file system.
---@field MountPath? string The local path where the Amazon FSx for Lustre file system is mounted on instances.

---Defines the configuration for attaching an Amazon FSx for OpenZFS file system to instances in a SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterFsxOpenZfsConfig
---@field DnsName string The DNS name of the Amazon FSx for OpenZFS file system.
---@field MountPath? string The local path where the Amazon FSx for OpenZFS file system is mounted on instances.

---Details of an instance group in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterInstanceGroupDetails
---@field CurrentCount? integer The number of instances that are currently in the instance group of a SageMaker HyperPod cluster.
---@field TargetCount? integer The number of instances you specified to add to the instance group of a SageMaker HyperPod cluster.
---@field MinCount? integer The minimum number of instances that must be available in the instance group of a SageMaker HyperPod cluster before it transitions to InService status.
---@field InstanceGroupName? string The name of the instance group of a SageMaker HyperPod cluster.
---@field InstanceType? awsjobs.sagemaker.ClusterInstanceType The instance type of the instance group of a SageMaker HyperPod cluster.
---@field InstanceRequirements? awsjobs.sagemaker.ClusterInstanceRequirementDetails The instance requirements for the instance group, including the current and desired instance types.
---@field InstanceTypeDetails? awsjobs.sagemaker.ClusterInstanceTypeDetail[] Details about the instance types in the instance group, including the count and configuration of each instance type.
---@field LifeCycleConfig? awsjobs.sagemaker.ClusterLifeCycleConfig Details of LifeCycle configuration for the instance group.
---@field ExecutionRole? string The execution role for the instance group to assume.
---@field ThreadsPerCore? integer The number you specified to TreadsPerCore in CreateCluster for enabling or disabling multithreading.
---@field InstanceStorageConfigs? awsjobs.sagemaker.ClusterInstanceStorageConfig[] The additional storage configurations for the instances in the SageMaker HyperPod cluster instance group.
---@field OnStartDeepHealthChecks? awsjobs.sagemaker.DeepHealthCheckType[] A flag indicating whether deep health checks should be performed when the cluster instance group is created or updated.
---@field Status? awsjobs.sagemaker.InstanceGroupStatus The current status of the cluster instance group.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of the training plan associated with this cluster instance group.
---@field TrainingPlanStatus? string The current status of the training plan associated with this cluster instance group.
---@field OverrideVpcConfig? awsjobs.sagemaker.VpcConfig The customized Amazon VPC configuration at the instance group level that overrides the default Amazon VPC configuration of the SageMaker HyperPod cluster.
---@field ScheduledUpdateConfig? awsjobs.sagemaker.ScheduledUpdateConfig The configuration object of the schedule that SageMaker follows when updating the AMI.
---@field CurrentImageId? string The ID of the Amazon Machine Image (AMI) currently in use by the instance group.
---@field DesiredImageId? string The ID of the Amazon Machine Image (AMI) desired for the instance group.
---@field ImageVersionStatus? awsjobs.sagemaker.ClusterImageVersionStatus The status of the image version for the instance group.
---@field ActiveOperations? table<awsjobs.sagemaker.ActiveClusterOperationName, integer> A map indicating active operations currently in progress for the instance group of a SageMaker HyperPod cluster.
---@field KubernetesConfig? awsjobs.sagemaker.ClusterKubernetesConfigDetails The Kubernetes configuration for the instance group that contains labels and taints to be applied for the nodes in this instance group.
---@field CapacityRequirements? awsjobs.sagemaker.ClusterCapacityRequirements The instance capacity requirements for the instance group.
---@field TargetStateCount? integer Represents the number of running nodes using the desired Image ID.
---@field SoftwareUpdateStatus? awsjobs.sagemaker.SoftwareUpdateStatus Status of the last software udpate request.
---@field ActiveSoftwareUpdateConfig? awsjobs.sagemaker.DeploymentConfiguration
---@field SlurmConfig? awsjobs.sagemaker.ClusterSlurmConfigDetails The Slurm configuration for the instance group.
---@field NetworkInterface? awsjobs.sagemaker.ClusterNetworkInterfaceDetails The network interface configuration for the instance group.

---The specifications of an instance group that you need to define.
---@class awsjobs.sagemaker.ClusterInstanceGroupSpecification
---@field InstanceCount integer Specifies the number of instances to add to the instance group of a SageMaker HyperPod cluster.
---@field MinInstanceCount? integer Defines the minimum number of instances required for an instance group to become InService.
---@field InstanceGroupName string Specifies the name of the instance group.
---@field InstanceType? awsjobs.sagemaker.ClusterInstanceType Specifies the instance type of the instance group.
---@field InstanceRequirements? awsjobs.sagemaker.ClusterInstanceRequirements The instance requirements for the instance group, including the instance types to use.
---@field LifeCycleConfig? awsjobs.sagemaker.ClusterLifeCycleConfig Specifies the LifeCycle configuration for the instance group.
---@field ExecutionRole string Specifies an IAM execution role to be assumed by the instance group.
---@field ThreadsPerCore? integer Specifies the value for Threads per core.
---@field InstanceStorageConfigs? awsjobs.sagemaker.ClusterInstanceStorageConfig[] Specifies the additional storage configurations for the instances in the SageMaker HyperPod cluster instance group.
---@field OnStartDeepHealthChecks? awsjobs.sagemaker.DeepHealthCheckType[] A flag indicating whether deep health checks should be performed when the cluster instance group is created or updated.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of the training plan to use for this cluster instance group.
---@field OverrideVpcConfig? awsjobs.sagemaker.VpcConfig To configure multi-AZ deployments, customize the Amazon VPC configuration at the instance group level.
---@field ScheduledUpdateConfig? awsjobs.sagemaker.ScheduledUpdateConfig The configuration object of the schedule that SageMaker uses to update the AMI.
---@field ImageId? string When configuring your HyperPod cluster, you can specify an image ID using one of the following options:
---@field KubernetesConfig? awsjobs.sagemaker.ClusterKubernetesConfig Specifies the Kubernetes configuration for the instance group.
---@field SlurmConfig? awsjobs.sagemaker.ClusterSlurmConfig Specifies the Slurm configuration for the instance group.
---@field CapacityRequirements? awsjobs.sagemaker.ClusterCapacityRequirements Specifies the capacity requirements for the instance group.
---@field NetworkInterface? awsjobs.sagemaker.ClusterNetworkInterface The network interface configuration for the instance group.

---Specifies the placement details for the node in the SageMaker HyperPod cluster, including the Availability Zone and the unique identifier (ID) of the Availability Zone.
---@class awsjobs.sagemaker.ClusterInstancePlacement
---@field AvailabilityZone? string The Availability Zone where the node in the SageMaker HyperPod cluster is launched.
---@field AvailabilityZoneId? string The unique identifier (ID) of the Availability Zone where the node in the SageMaker HyperPod cluster is launched.

---The instance requirement details for a flexible instance group, including the current and desired instance types.
---@class awsjobs.sagemaker.ClusterInstanceRequirementDetails
---@field CurrentInstanceTypes? awsjobs.sagemaker.ClusterInstanceType[] The instance types currently in use by the instance group.
---@field DesiredInstanceTypes? awsjobs.sagemaker.ClusterInstanceType[] The desired instance types for the instance group, as specified in the most recent update request.

---The instance requirements for a flexible instance group.
---@class awsjobs.sagemaker.ClusterInstanceRequirements
---@field InstanceTypes awsjobs.sagemaker.ClusterInstanceType[] The list of instance types that the instance group can use.

---Details of an instance in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterInstanceStatusDetails
---@field Status awsjobs.sagemaker.ClusterInstanceStatus The status of an instance in a SageMaker HyperPod cluster.
---@field Message? string The message from an instance in a SageMaker HyperPod cluster.

---Defines the configuration for attaching additional storage to the instances in the SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterInstanceStorageConfig
---@field EbsVolumeConfig? awsjobs.sagemaker.ClusterEbsVolumeConfig Defines the configuration for attaching additional Amazon Elastic Block Store (EBS) volumes to the instances in the SageMaker HyperPod cluster instance group.
---@field FsxLustreConfig? awsjobs.sagemaker.ClusterFsxLustreConfig Defines the configuration for attaching an Amazon FSx for Lustre file system to the instances in the SageMaker HyperPod cluster instance group.
---@field FsxOpenZfsConfig? awsjobs.sagemaker.ClusterFsxOpenZfsConfig Defines the configuration for attaching an Amazon FSx for OpenZFS file system to the instances in the SageMaker HyperPod cluster instance group.

---Details about a specific instance type within a flexible instance group, including the count and configuration.
---@class awsjobs.sagemaker.ClusterInstanceTypeDetail
---@field InstanceType? awsjobs.sagemaker.ClusterInstanceType The instance type.
---@field CurrentCount? integer The number of instances of this type currently running in the instance group.
---@field ThreadsPerCore? integer The number of threads per CPU core for this instance type.

---Kubernetes configuration that specifies labels and taints to be applied to cluster nodes in an instance group.
---@class awsjobs.sagemaker.ClusterKubernetesConfig
---@field Labels? table<string, string> Key-value pairs of labels to be applied to cluster nodes.
---@field Taints? awsjobs.sagemaker.ClusterKubernetesTaint[] List of taints to be applied to cluster nodes.

---Detailed Kubernetes configuration showing both the current and desired state of labels and taints for cluster nodes.
---@class awsjobs.sagemaker.ClusterKubernetesConfigDetails
---@field CurrentLabels? table<string, string> The current labels applied to cluster nodes of an instance group.
---@field DesiredLabels? table<string, string> The desired labels to be applied to cluster nodes of an instance group.
---@field CurrentTaints? awsjobs.sagemaker.ClusterKubernetesTaint[] The current taints applied to cluster nodes of an instance group.
---@field DesiredTaints? awsjobs.sagemaker.ClusterKubernetesTaint[] The desired taints to be applied to cluster nodes of an instance group.

---Node-specific Kubernetes configuration showing both current and desired state of labels and taints for an individual cluster node.
---@class awsjobs.sagemaker.ClusterKubernetesConfigNodeDetails
---@field CurrentLabels? table<string, string> The current labels applied to the cluster node.
---@field DesiredLabels? table<string, string> The desired labels to be applied to the cluster node.
---@field CurrentTaints? awsjobs.sagemaker.ClusterKubernetesTaint[] The current taints applied to the cluster node.
---@field DesiredTaints? awsjobs.sagemaker.ClusterKubernetesTaint[] The desired taints to be applied to the cluster node.

---A Kubernetes taint that can be applied to cluster nodes.
---@class awsjobs.sagemaker.ClusterKubernetesTaint
---@field Key string The key of the taint.
---@field Value? string The value of the taint.
---@field Effect awsjobs.sagemaker.ClusterKubernetesTaintEffect The effect of the taint.

---The lifecycle configuration for a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterLifeCycleConfig
---@field SourceS3Uri? string An Amazon S3 bucket path where your lifecycle scripts are stored.
---@field OnCreate? string The file name of the entrypoint script of lifecycle scripts under SourceS3Uri.
---@field OnInitComplete? string The file name of the entrypoint script of lifecycle scripts under SourceS3Uri.

---Metadata information about a HyperPod cluster showing information about the cluster level operations, such as creating, updating, and deleting.
---@class awsjobs.sagemaker.ClusterMetadata
---@field FailureMessage? string An error message describing why the cluster level operation (such as creating, updating, or deleting) failed.
---@field EksRoleAccessEntries? string[] A list of Amazon EKS IAM role ARNs associated with the cluster.
---@field SlrAccessEntry? string The Service-Linked Role (SLR) associated with the cluster.

---The network interface configuration for a Amazon SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterNetworkInterface
---@field InterfaceType? awsjobs.sagemaker.ClusterInterfaceType The type of network interface for the instance group.

---The network interface configuration details for a Amazon SageMaker HyperPod cluster instance group.
---@class awsjobs.sagemaker.ClusterNetworkInterfaceDetails
---@field InterfaceType? awsjobs.sagemaker.ClusterInterfaceType The type of network interface for the instance group.

---Details of an instance (also called a node interchangeably) in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterNodeDetails
---@field InstanceGroupName? string The instance group name in which the instance is.
---@field InstanceId? string The ID of the instance.
---@field NodeLogicalId? string A unique identifier for the node that persists throughout its lifecycle, from provisioning request to termination.
---@field InstanceStatus? awsjobs.sagemaker.ClusterInstanceStatusDetails The status of the instance.
---@field InstanceType? awsjobs.sagemaker.ClusterInstanceType The type of the instance.
---@field LaunchTime? awsjobs.Timestamp The time when the instance is launched.
---@field LastSoftwareUpdateTime? awsjobs.Timestamp The time when the cluster was last updated.
---@field LifeCycleConfig? awsjobs.sagemaker.ClusterLifeCycleConfig The LifeCycle configuration applied to the instance.
---@field OverrideVpcConfig? awsjobs.sagemaker.VpcConfig The customized Amazon VPC configuration at the instance group level that overrides the default Amazon VPC configuration of the SageMaker HyperPod cluster.
---@field ThreadsPerCore? integer The number of threads per CPU core you specified under CreateCluster.
---@field InstanceStorageConfigs? awsjobs.sagemaker.ClusterInstanceStorageConfig[] The configurations of additional storage specified to the instance group where the instance (node) is launched.
---@field PrivatePrimaryIp? string The private primary IP address of the SageMaker HyperPod cluster node.
---@field PrivatePrimaryIpv6? string The private primary IPv6 address of the SageMaker HyperPod cluster node when configured with an Amazon VPC that supports IPv6 and includes subnets with IPv6...
---@field PrivateDnsHostname? string The private DNS hostname of the SageMaker HyperPod cluster node.
---@field Placement? awsjobs.sagemaker.ClusterInstancePlacement The placement details of the SageMaker HyperPod cluster node.
---@field CurrentImageId? string The ID of the Amazon Machine Image (AMI) currently in use by the node.
---@field DesiredImageId? string The ID of the Amazon Machine Image (AMI) desired for the node.
---@field ImageVersionStatus? awsjobs.sagemaker.ClusterImageVersionStatus The status of the image version for the cluster node.
---@field UltraServerInfo? awsjobs.sagemaker.UltraServerInfo Contains information about the UltraServer.
---@field KubernetesConfig? awsjobs.sagemaker.ClusterKubernetesConfigNodeDetails The Kubernetes configuration applied to this node, showing both the current and desired state of labels and taints.
---@field CapacityType? awsjobs.sagemaker.ClusterCapacityType The capacity type of the node.
---@field NetworkInterface? awsjobs.sagemaker.ClusterNetworkInterfaceDetails The network interface configuration for the cluster node.

---Lists a summary of the properties of an instance (also called a node interchangeably) of a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterNodeSummary
---@field InstanceGroupName string The name of the instance group in which the instance is.
---@field InstanceId string The ID of the instance.
---@field NodeLogicalId? string A unique identifier for the node that persists throughout its lifecycle, from provisioning request to termination.
---@field InstanceType awsjobs.sagemaker.ClusterInstanceType The type of the instance.
---@field LaunchTime awsjobs.Timestamp The time when the instance is launched.
---@field LastSoftwareUpdateTime? awsjobs.Timestamp The time when SageMaker last updated the software of the instances in the cluster.
---@field InstanceStatus awsjobs.sagemaker.ClusterInstanceStatusDetails The status of the instance.
---@field UltraServerInfo? awsjobs.sagemaker.UltraServerInfo Contains information about the UltraServer.
---@field PrivateDnsHostname? string The private DNS hostname of the SageMaker HyperPod cluster node.
---@field ImageVersionStatus? awsjobs.sagemaker.ClusterImageVersionStatus The status of the image version for the cluster node.

---Configuration options specific to On-Demand instances.
---@class awsjobs.sagemaker.ClusterOnDemandOptions

---The type of orchestrator used for the SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterOrchestrator
---@field Eks? awsjobs.sagemaker.ClusterOrchestratorEksConfig The Amazon EKS cluster used as the orchestrator for the SageMaker HyperPod cluster.
---@field Slurm? awsjobs.sagemaker.ClusterOrchestratorSlurmConfig The Slurm orchestrator configuration for the SageMaker HyperPod cluster.

---The configuration settings for the Amazon EKS cluster used as the orchestrator for the SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterOrchestratorEksConfig
---@field ClusterArn string The Amazon Resource Name (ARN) of the Amazon EKS cluster associated with the SageMaker HyperPod cluster.

---The configuration settings for the Slurm orchestrator used with the SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterOrchestratorSlurmConfig
---@field SlurmConfigStrategy? awsjobs.sagemaker.ClusterSlurmConfigStrategy The strategy for managing partitions for the Slurm configuration.

---The instance group details of the restricted instance group (RIG).
---@class awsjobs.sagemaker.ClusterRestrictedInstanceGroupDetails
---@field CurrentCount? integer The number of instances that are currently in the restricted instance group of a SageMaker HyperPod cluster.
---@field TargetCount? integer The number of instances you specified to add to the restricted instance group of a SageMaker HyperPod cluster.
---@field InstanceGroupName? string The name of the restricted instance group of a SageMaker HyperPod cluster.
---@field InstanceType? awsjobs.sagemaker.ClusterInstanceType The instance type of the restricted instance group of a SageMaker HyperPod cluster.
---@field ExecutionRole? string The execution role for the restricted instance group to assume.
---@field ThreadsPerCore? integer The number you specified to TreadsPerCore in CreateCluster for enabling or disabling multithreading.
---@field InstanceStorageConfigs? awsjobs.sagemaker.ClusterInstanceStorageConfig[] The additional storage configurations for the instances in the SageMaker HyperPod cluster restricted instance group.
---@field OnStartDeepHealthChecks? awsjobs.sagemaker.DeepHealthCheckType[] A flag indicating whether deep health checks should be performed when the cluster's restricted instance group is created or updated.
---@field Status? awsjobs.sagemaker.InstanceGroupStatus The current status of the cluster's restricted instance group.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN) of the training plan to filter clusters by.
---@field TrainingPlanStatus? string The current status of the training plan associated with this cluster restricted instance group.
---@field OverrideVpcConfig? awsjobs.sagemaker.VpcConfig
---@field ScheduledUpdateConfig? awsjobs.sagemaker.ScheduledUpdateConfig
---@field EnvironmentConfig? awsjobs.sagemaker.EnvironmentConfigDetails The configuration for the restricted instance groups (RIG) environment.

---The specifications of a restricted instance group that you need to define.
---@class awsjobs.sagemaker.ClusterRestrictedInstanceGroupSpecification
---@field InstanceCount integer Specifies the number of instances to add to the restricted instance group of a SageMaker HyperPod cluster.
---@field InstanceGroupName string Specifies the name of the restricted instance group.
---@field InstanceType awsjobs.sagemaker.ClusterInstanceType Specifies the instance type of the restricted instance group.
---@field ExecutionRole string Specifies an IAM execution role to be assumed by the restricted instance group.
---@field ThreadsPerCore? integer The number you specified to TreadsPerCore in CreateCluster for enabling or disabling multithreading.
---@field InstanceStorageConfigs? awsjobs.sagemaker.ClusterInstanceStorageConfig[] Specifies the additional storage configurations for the instances in the SageMaker HyperPod cluster restricted instance group.
---@field OnStartDeepHealthChecks? awsjobs.sagemaker.DeepHealthCheckType[] A flag indicating whether deep health checks should be performed when the cluster restricted instance group is created or updated.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN) of the training plan to filter clusters by.
---@field OverrideVpcConfig? awsjobs.sagemaker.VpcConfig
---@field ScheduledUpdateConfig? awsjobs.sagemaker.ScheduledUpdateConfig
---@field EnvironmentConfig? awsjobs.sagemaker.EnvironmentConfig The configuration for the restricted instance groups (RIG) environment.

---Summary of the cluster policy.
---@class awsjobs.sagemaker.ClusterSchedulerConfigSummary
---@field ClusterSchedulerConfigArn string ARN of the cluster policy.
---@field ClusterSchedulerConfigId string ID of the cluster policy.
---@field ClusterSchedulerConfigVersion? integer Version of the cluster policy.
---@field Name string Name of the cluster policy.
---@field CreationTime awsjobs.Timestamp Creation time of the cluster policy.
---@field LastModifiedTime? awsjobs.Timestamp Last modified time of the cluster policy.
---@field Status awsjobs.sagemaker.SchedulerResourceStatus Status of the cluster policy.
---@field ClusterArn? string ARN of the cluster.

---The Slurm configuration for an instance group in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterSlurmConfig
---@field NodeType awsjobs.sagemaker.ClusterSlurmNodeType The type of Slurm node for the instance group.
---@field PartitionNames? string[] The list of Slurm partition names that the instance group belongs to.

---The Slurm configuration details for an instance group in a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterSlurmConfigDetails
---@field NodeType awsjobs.sagemaker.ClusterSlurmNodeType The type of Slurm node for the instance group.
---@field PartitionNames? string[] The list of Slurm partition names that the instance group belongs to.

---Configuration options specific to Spot instances.
---@class awsjobs.sagemaker.ClusterSpotOptions

---Lists a summary of the properties of a SageMaker HyperPod cluster.
---@class awsjobs.sagemaker.ClusterSummary
---@field ClusterArn string The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.
---@field ClusterName string The name of the SageMaker HyperPod cluster.
---@field CreationTime awsjobs.Timestamp The time when the SageMaker HyperPod cluster is created.
---@field ClusterStatus awsjobs.sagemaker.ClusterStatus The status of the SageMaker HyperPod cluster.
---@field TrainingPlanArns? string[] A list of Amazon Resource Names (ARNs) of the training plans associated with this cluster.

---Defines the configuration for managed tier checkpointing in a HyperPod cluster.
---@class awsjobs.sagemaker.ClusterTieredStorageConfig
---@field Mode awsjobs.sagemaker.ClusterConfigMode Specifies whether managed tier checkpointing is enabled or disabled for the HyperPod cluster.
---@field InstanceMemoryAllocationPercentage? integer The percentage (int) of cluster memory to allocate for checkpointing.

---The configuration for the file system and kernels in a SageMaker image running as a Code Editor app.
---@class awsjobs.sagemaker.CodeEditorAppImageConfig
---@field FileSystemConfig? awsjobs.sagemaker.FileSystemConfig
---@field ContainerConfig? awsjobs.sagemaker.ContainerConfig

---The Code Editor application settings.
---@class awsjobs.sagemaker.CodeEditorAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field CustomImages? awsjobs.sagemaker.CustomImage[] A list of custom SageMaker images that are configured to run as a Code Editor app.
---@field LifecycleConfigArns? string[] The Amazon Resource Name (ARN) of the Code Editor application lifecycle configuration.
---@field AppLifecycleManagement? awsjobs.sagemaker.AppLifecycleManagement Settings that are used to configure and manage the lifecycle of CodeEditor applications.
---@field BuiltInLifecycleConfigArn? string The lifecycle configuration that runs before the default lifecycle configuration.

---A Git repository that SageMaker AI automatically displays to users for cloning in the JupyterServer application.
---@class awsjobs.sagemaker.CodeRepository
---@field RepositoryUrl string The URL of the Git repository.

---Specifies summary information about a Git repository.
---@class awsjobs.sagemaker.CodeRepositorySummary
---@field CodeRepositoryName string The name of the Git repository.
---@field CodeRepositoryArn string The Amazon Resource Name (ARN) of the Git repository.
---@field CreationTime awsjobs.Timestamp The date and time that the Git repository was created.
---@field LastModifiedTime awsjobs.Timestamp The date and time that the Git repository was last modified.
---@field GitConfig? awsjobs.sagemaker.GitConfig Configuration details for the Git repository, including the URL where it is located and the ARN of the Amazon Web Services Secrets Manager secret that...

---Use this parameter to configure your Amazon Cognito workforce.
---@class awsjobs.sagemaker.CognitoConfig
---@field UserPool string A user pool is a user directory in Amazon Cognito.
---@field ClientId string The client ID for your Amazon Cognito user pool.

---Identifies a Amazon Cognito user group.
---@class awsjobs.sagemaker.CognitoMemberDefinition
---@field UserPool string An identifier for a user pool.
---@field UserGroup string An identifier for a user group.
---@field ClientId string An identifier for an application client.

---Configuration for your collection.
---@class awsjobs.sagemaker.CollectionConfig
---@field VectorConfig? awsjobs.sagemaker.VectorConfig Configuration for your vector collection type.

---Configuration information for the Amazon SageMaker Debugger output tensor collections.
---@class awsjobs.sagemaker.CollectionConfiguration
---@field CollectionName? string The name of the tensor collection.
---@field CollectionParameters? table<string, string> Parameter values for the tensor collection.

---A summary of a model compilation job.
---@class awsjobs.sagemaker.CompilationJobSummary
---@field CompilationJobName string The name of the model compilation job that you want a summary for.
---@field CompilationJobArn string The Amazon Resource Name (ARN) of the model compilation job.
---@field CreationTime awsjobs.Timestamp The time when the model compilation job was created.
---@field CompilationStartTime? awsjobs.Timestamp The time when the model compilation job started.
---@field CompilationEndTime? awsjobs.Timestamp The time when the model compilation job completed.
---@field CompilationTargetDevice? awsjobs.sagemaker.TargetDevice The type of device that the model will run on after the compilation job has completed.
---@field CompilationTargetPlatformOs? awsjobs.sagemaker.TargetPlatformOs The type of OS that the model will run on after the compilation job has completed.
---@field CompilationTargetPlatformArch? awsjobs.sagemaker.TargetPlatformArch The type of architecture that the model will run on after the compilation job has completed.
---@field CompilationTargetPlatformAccelerator? awsjobs.sagemaker.TargetPlatformAccelerator The type of accelerator that the model will run on after the compilation job has completed.
---@field LastModifiedTime? awsjobs.Timestamp The time when the model compilation job was last modified.
---@field CompilationJobStatus awsjobs.sagemaker.CompilationJobStatus The status of the model compilation job.

---Configuration of the compute allocation definition for an entity.
---@class awsjobs.sagemaker.ComputeQuotaConfig
---@field ComputeQuotaResources? awsjobs.sagemaker.ComputeQuotaResourceConfig[] Allocate compute resources by instance types.
---@field ResourceSharingConfig? awsjobs.sagemaker.ResourceSharingConfig Resource sharing configuration.
---@field PreemptTeamTasks? awsjobs.sagemaker.PreemptTeamTasks Allows workloads from within an entity to preempt same-team workloads.

---Configuration of the resources used for the compute allocation definition.
---@class awsjobs.sagemaker.ComputeQuotaResourceConfig
---@field InstanceType awsjobs.sagemaker.ClusterInstanceType The instance type of the instance group for the cluster.
---@field Count? integer The number of instances to add to the instance group of a SageMaker HyperPod cluster.
---@field Accelerators? integer The number of accelerators to allocate.
---@field VCpu? number The number of vCPU to allocate.
---@field MemoryInGiB? number The amount of memory in GiB to allocate.
---@field AcceleratorPartition? awsjobs.sagemaker.AcceleratorPartitionConfig The accelerator partition configuration for fractional GPU allocation.

---Summary of the compute allocation definition.
---@class awsjobs.sagemaker.ComputeQuotaSummary
---@field ComputeQuotaArn string ARN of the compute allocation definition.
---@field ComputeQuotaId string ID of the compute allocation definition.
---@field Name string Name of the compute allocation definition.
---@field ComputeQuotaVersion? integer Version of the compute allocation definition.
---@field Status awsjobs.sagemaker.SchedulerResourceStatus Status of the compute allocation definition.
---@field ClusterArn? string ARN of the cluster.
---@field ComputeQuotaConfig? awsjobs.sagemaker.ComputeQuotaConfig Configuration of the compute allocation definition.
---@field ComputeQuotaTarget awsjobs.sagemaker.ComputeQuotaTarget The target entity to allocate compute resources to.
---@field ActivationState? awsjobs.sagemaker.ActivationState The state of the compute allocation being described.
---@field CreationTime awsjobs.Timestamp Creation time of the compute allocation definition.
---@field LastModifiedTime? awsjobs.Timestamp Last modified time of the compute allocation definition.

---The target entity to allocate compute resources to.
---@class awsjobs.sagemaker.ComputeQuotaTarget
---@field TeamName string Name of the team to allocate compute resources to.
---@field FairShareWeight? integer Assigned entity fair-share weight.

---Metadata for a Condition step.
---@class awsjobs.sagemaker.ConditionStepMetadata
---@field Outcome? awsjobs.sagemaker.ConditionOutcome The outcome of the Condition step evaluation.

---There was a conflict when you attempted to modify a SageMaker entity such as an Experiment or Artifact.
---(The members of `err.data` when `err.code` is ConflictException.)
---@class awsjobs.sagemaker.ConflictException
---@field Message? string

---The configuration used to run the application image container.
---@class awsjobs.sagemaker.ContainerConfig
---@field ContainerArguments? string[] The arguments for the container when you're running the application.
---@field ContainerEntrypoint? string[] The entrypoint used to run the application in the container.
---@field ContainerEnvironmentVariables? table<string, string> The environment variables to set in the container

---Describes the container, as part of model definition.
---@class awsjobs.sagemaker.ContainerDefinition
---@field ContainerHostname? string This parameter is ignored for models that contain only a PrimaryContainer.
---@field Image? string The path where inference code is stored.
---@field ImageConfig? awsjobs.sagemaker.ImageConfig Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).
---@field Mode? awsjobs.sagemaker.ContainerMode Whether the container hosts a single model or multiple models.
---@field ModelDataUrl? string The S3 path where the model artifacts, which result from model training, are stored.
---@field ModelDataSource? awsjobs.sagemaker.ModelDataSource Specifies the location of ML model data to deploy.
---@field AdditionalModelDataSources? awsjobs.sagemaker.AdditionalModelDataSource[] Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModel action.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field ModelPackageName? string The name or Amazon Resource Name (ARN) of the model package to use to create the model.
---@field InferenceSpecificationName? string The inference specification name in the model package version.
---@field MultiModelConfig? awsjobs.sagemaker.MultiModelConfig Specifies additional configuration for multi-model endpoints.

---A structure describing the source of a context.
---@class awsjobs.sagemaker.ContextSource
---@field SourceUri string The URI of the source.
---@field SourceType? string The type of the source.
---@field SourceId? string The ID of the source.

---Lists a summary of the properties of a context.
---@class awsjobs.sagemaker.ContextSummary
---@field ContextArn? string The Amazon Resource Name (ARN) of the context.
---@field ContextName? string The name of the context.
---@field Source? awsjobs.sagemaker.ContextSource The source of the context.
---@field ContextType? string The type of the context.
---@field CreationTime? awsjobs.Timestamp When the context was created.
---@field LastModifiedTime? awsjobs.Timestamp When the context was last modified.

---A list of continuous hyperparameters to tune.
---@class awsjobs.sagemaker.ContinuousParameterRange
---@field Name string The name of the continuous hyperparameter to tune.
---@field MinValue string The minimum value for the hyperparameter.
---@field MaxValue string The maximum value for the hyperparameter.
---@field ScalingType? awsjobs.sagemaker.HyperParameterScalingType The scale that hyperparameter tuning uses to search the hyperparameter range.

---Defines the possible values for a continuous hyperparameter.
---@class awsjobs.sagemaker.ContinuousParameterRangeSpecification
---@field MinValue string The minimum floating-point value allowed.
---@field MaxValue string The maximum floating-point value allowed.

---A flag to indicating that automatic model tuning (AMT) has detected model convergence, defined as a lack of significant improvement (1% or less) against an objective metric.
---@class awsjobs.sagemaker.ConvergenceDetected
---@field CompleteOnConvergence? awsjobs.sagemaker.CompleteOnConvergence A flag to stop a tuning job once AMT has detected that the job has converged.

---@class awsjobs.sagemaker.CreateAIBenchmarkJobRequest
---@field AIBenchmarkJobName string The name of the AI benchmark job.
---@field BenchmarkTarget awsjobs.sagemaker.AIBenchmarkTarget The target endpoint to benchmark.
---@field OutputConfig awsjobs.sagemaker.AIBenchmarkOutputConfig The output configuration for the benchmark job, including the Amazon S3 location where benchmark results are stored.
---@field AIWorkloadConfigIdentifier string The name or Amazon Resource Name (ARN) of the AI workload configuration to use for this benchmark job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.
---@field NetworkConfig? awsjobs.sagemaker.AIBenchmarkNetworkConfig The network configuration for the benchmark job, including VPC settings.
---@field Tags? awsjobs.sagemaker.Tag[] The metadata that you apply to Amazon Web Services resources to help you categorize and organize them.

---@class awsjobs.sagemaker.CreateAIBenchmarkJobResponse
---@field AIBenchmarkJobArn string The Amazon Resource Name (ARN) of the created benchmark job.

---@class awsjobs.sagemaker.CreateAIRecommendationJobRequest
---@field AIRecommendationJobName string The name of the AI recommendation job.
---@field ModelSource awsjobs.sagemaker.AIModelSource The source of the model to optimize.
---@field OutputConfig awsjobs.sagemaker.AIRecommendationOutputConfig The output configuration for the recommendation job, including the Amazon S3 location for results and an optional model package group where the optimized...
---@field AIWorkloadConfigIdentifier string The name or Amazon Resource Name (ARN) of the AI workload configuration to use for this recommendation job.
---@field PerformanceTarget awsjobs.sagemaker.AIRecommendationPerformanceTarget The performance targets for the recommendation job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.
---@field InferenceSpecification? awsjobs.sagemaker.AIRecommendationInferenceSpecification The inference framework configuration.
---@field OptimizeModel? boolean Whether to allow model optimization techniques such as quantization, speculative decoding, and kernel tuning.
---@field ComputeSpec? awsjobs.sagemaker.AIRecommendationComputeSpec The compute resource specification for the recommendation job.
---@field Tags? awsjobs.sagemaker.Tag[] The metadata that you apply to Amazon Web Services resources to help you categorize and organize them.

---@class awsjobs.sagemaker.CreateAIRecommendationJobResponse
---@field AIRecommendationJobArn string The Amazon Resource Name (ARN) of the created recommendation job.

---@class awsjobs.sagemaker.CreateAIWorkloadConfigRequest
---@field AIWorkloadConfigName string The name of the AI workload configuration.
---@field DatasetConfig? awsjobs.sagemaker.AIDatasetConfig The dataset configuration for the workload.
---@field AIWorkloadConfigs? awsjobs.sagemaker.AIWorkloadConfigs The benchmark tool configuration and workload specification.
---@field Tags? awsjobs.sagemaker.Tag[] The metadata that you apply to Amazon Web Services resources to help you categorize and organize them.

---@class awsjobs.sagemaker.CreateAIWorkloadConfigResponse
---@field AIWorkloadConfigArn string The Amazon Resource Name (ARN) of the created AI workload configuration.

---@class awsjobs.sagemaker.CreateActionRequest
---@field ActionName string The name of the action.
---@field Source awsjobs.sagemaker.ActionSource The source type, ID, and URI.
---@field ActionType string The action type.
---@field Description? string The description of the action.
---@field Status? awsjobs.sagemaker.ActionStatus The status of the action.
---@field Properties? table<string, string> A list of properties to add to the action.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the action.

---@class awsjobs.sagemaker.CreateActionResponse
---@field ActionArn? string The Amazon Resource Name (ARN) of the action.

---@class awsjobs.sagemaker.CreateAlgorithmInput
---@field AlgorithmName string The name of the algorithm.
---@field AlgorithmDescription? string A description of the algorithm.
---@field TrainingSpecification awsjobs.sagemaker.TrainingSpecification Specifies details about training jobs run by this algorithm, including the following:
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Specifies details about inference jobs that the algorithm runs, including the following:
---@field ValidationSpecification? awsjobs.sagemaker.AlgorithmValidationSpecification Specifies configurations for one or more training jobs and that SageMaker runs to test the algorithm's training code and, optionally, one or more batch...
---@field CertifyForMarketplace? boolean Whether to certify the algorithm so that it can be listed in Amazon Web Services Marketplace.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateAlgorithmOutput
---@field AlgorithmArn string The Amazon Resource Name (ARN) of the new algorithm.

---@class awsjobs.sagemaker.CreateAppImageConfigRequest
---@field AppImageConfigName string The name of the AppImageConfig.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the AppImageConfig.
---@field KernelGatewayImageConfig? awsjobs.sagemaker.KernelGatewayImageConfig The KernelGatewayImageConfig.
---@field JupyterLabAppImageConfig? awsjobs.sagemaker.JupyterLabAppImageConfig The JupyterLabAppImageConfig.
---@field CodeEditorAppImageConfig? awsjobs.sagemaker.CodeEditorAppImageConfig The CodeEditorAppImageConfig.

---@class awsjobs.sagemaker.CreateAppImageConfigResponse
---@field AppImageConfigArn? string The ARN of the AppImageConfig.

---@class awsjobs.sagemaker.CreateAppRequest
---@field DomainId string The domain ID.
---@field UserProfileName? string The user profile name.
---@field SpaceName? string The name of the space.
---@field AppType awsjobs.sagemaker.AppType The type of app.
---@field AppName string The name of the app.
---@field Tags? awsjobs.sagemaker.Tag[] Each tag consists of a key and an optional value.
---@field ResourceSpec? awsjobs.sagemaker.ResourceSpec The instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the instance.
---@field RecoveryMode? boolean Indicates whether the application is launched in recovery mode.

---@class awsjobs.sagemaker.CreateAppResponse
---@field AppArn? string The Amazon Resource Name (ARN) of the app.

---@class awsjobs.sagemaker.CreateArtifactRequest
---@field ArtifactName? string The name of the artifact.
---@field Source awsjobs.sagemaker.ArtifactSource The ID, ID type, and URI of the source.
---@field ArtifactType string The artifact type.
---@field Properties? table<string, string> A list of properties to add to the artifact.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the artifact.

---@class awsjobs.sagemaker.CreateArtifactResponse
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact.

---@class awsjobs.sagemaker.CreateAutoMLJobRequest
---@field AutoMLJobName string Identifies an Autopilot job.
---@field InputDataConfig awsjobs.sagemaker.AutoMLChannel[] An array of channel objects that describes the input data and its location.
---@field OutputDataConfig awsjobs.sagemaker.AutoMLOutputDataConfig Provides information about encryption and the Amazon S3 output path needed to store artifacts from an AutoML job.
---@field ProblemType? awsjobs.sagemaker.ProblemType Defines the type of supervised learning problem available for the candidates.
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective Specifies a metric to minimize or maximize as the objective of a job.
---@field AutoMLJobConfig? awsjobs.sagemaker.AutoMLJobConfig A collection of settings used to configure an AutoML job.
---@field RoleArn string The ARN of the role that is used to access the data.
---@field GenerateCandidateDefinitionsOnly? boolean Generates possible candidates without training the models.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field ModelDeployConfig? awsjobs.sagemaker.ModelDeployConfig Specifies how to generate the endpoint name for an automatic one-click Autopilot model deployment.

---@class awsjobs.sagemaker.CreateAutoMLJobResponse
---@field AutoMLJobArn string The unique ARN assigned to the AutoML job when it is created.

---@class awsjobs.sagemaker.CreateAutoMLJobV2Request
---@field AutoMLJobName string Identifies an Autopilot job.
---@field AutoMLJobInputDataConfig awsjobs.sagemaker.AutoMLJobChannel[] An array of channel objects describing the input data and their location.
---@field OutputDataConfig awsjobs.sagemaker.AutoMLOutputDataConfig Provides information about encryption and the Amazon S3 output path needed to store artifacts from an AutoML job.
---@field AutoMLProblemTypeConfig awsjobs.sagemaker.AutoMLProblemTypeConfig Defines the configuration settings of one of the supported problem types.
---@field RoleArn string The ARN of the role that is used to access the data.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field SecurityConfig? awsjobs.sagemaker.AutoMLSecurityConfig The security configuration for traffic encryption or Amazon VPC settings.
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective Specifies a metric to minimize or maximize as the objective of a job.
---@field ModelDeployConfig? awsjobs.sagemaker.ModelDeployConfig Specifies how to generate the endpoint name for an automatic one-click Autopilot model deployment.
---@field DataSplitConfig? awsjobs.sagemaker.AutoMLDataSplitConfig This structure specifies how to split the data into train and validation datasets.
---@field AutoMLComputeConfig? awsjobs.sagemaker.AutoMLComputeConfig Specifies the compute configuration for the AutoML job V2.

---@class awsjobs.sagemaker.CreateAutoMLJobV2Response
---@field AutoMLJobArn string The unique ARN assigned to the AutoMLJob when it is created.

---@class awsjobs.sagemaker.CreateClusterRequest
---@field ClusterName string The name for the new SageMaker HyperPod cluster.
---@field InstanceGroups? awsjobs.sagemaker.ClusterInstanceGroupSpecification[] The instance groups to be created in the SageMaker HyperPod cluster.
---@field RestrictedInstanceGroups? awsjobs.sagemaker.ClusterRestrictedInstanceGroupSpecification[] The specialized instance groups for training models like Amazon Nova to be created in the SageMaker HyperPod cluster.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig Specifies the Amazon Virtual Private Cloud (VPC) that is associated with the Amazon SageMaker HyperPod cluster.
---@field Tags? awsjobs.sagemaker.Tag[] Custom tags for managing the SageMaker HyperPod cluster as an Amazon Web Services resource.
---@field Orchestrator? awsjobs.sagemaker.ClusterOrchestrator The type of orchestrator to use for the SageMaker HyperPod cluster.
---@field NodeRecovery? awsjobs.sagemaker.ClusterNodeRecovery The node recovery mode for the SageMaker HyperPod cluster.
---@field TieredStorageConfig? awsjobs.sagemaker.ClusterTieredStorageConfig The configuration for managed tier checkpointing on the HyperPod cluster.
---@field NodeProvisioningMode? awsjobs.sagemaker.ClusterNodeProvisioningMode The mode for provisioning nodes in the cluster.
---@field ClusterRole? string The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes to perform cluster autoscaling operations.
---@field AutoScaling? awsjobs.sagemaker.ClusterAutoScalingConfig The autoscaling configuration for the cluster.

---@class awsjobs.sagemaker.CreateClusterResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the cluster.

---@class awsjobs.sagemaker.CreateClusterSchedulerConfigRequest
---@field Name string Name for the cluster policy.
---@field ClusterArn string ARN of the cluster.
---@field SchedulerConfig awsjobs.sagemaker.SchedulerConfig Configuration about the monitoring schedule.
---@field Description? string Description of the cluster policy.
---@field Tags? awsjobs.sagemaker.Tag[] Tags of the cluster policy.

---@class awsjobs.sagemaker.CreateClusterSchedulerConfigResponse
---@field ClusterSchedulerConfigArn string ARN of the cluster policy.
---@field ClusterSchedulerConfigId string ID of the cluster policy.

---@class awsjobs.sagemaker.CreateCodeRepositoryInput
---@field CodeRepositoryName string The name of the Git repository.
---@field GitConfig awsjobs.sagemaker.GitConfig Specifies details about the repository, including the URL where the repository is located, the default branch, and credentials to use to access the repository.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateCodeRepositoryOutput
---@field CodeRepositoryArn string The Amazon Resource Name (ARN) of the new repository.

---@class awsjobs.sagemaker.CreateCompilationJobRequest
---@field CompilationJobName string A name for the model compilation job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.
---@field ModelPackageVersionArn? string The Amazon Resource Name (ARN) of a versioned model package.
---@field InputConfig? awsjobs.sagemaker.InputConfig Provides information about the location of input model artifacts, the name and shape of the expected data inputs, and the framework in which the model was...
---@field OutputConfig awsjobs.sagemaker.OutputConfig Provides information about the output location for the compiled model and the target device the model runs on.
---@field VpcConfig? awsjobs.sagemaker.NeoVpcConfig A VpcConfig object that specifies the VPC that you want your compilation job to connect to.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model compilation job can run.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateCompilationJobResponse
---@field CompilationJobArn string If the action is successful, the service sends back an HTTP 200 response.

---@class awsjobs.sagemaker.CreateComputeQuotaRequest
---@field Name string Name to the compute allocation definition.
---@field Description? string Description of the compute allocation definition.
---@field ClusterArn string ARN of the cluster.
---@field ComputeQuotaConfig awsjobs.sagemaker.ComputeQuotaConfig Configuration of the compute allocation definition.
---@field ComputeQuotaTarget awsjobs.sagemaker.ComputeQuotaTarget The target entity to allocate compute resources to.
---@field ActivationState? awsjobs.sagemaker.ActivationState The state of the compute allocation being described.
---@field Tags? awsjobs.sagemaker.Tag[] Tags of the compute allocation definition.

---@class awsjobs.sagemaker.CreateComputeQuotaResponse
---@field ComputeQuotaArn string ARN of the compute allocation definition.
---@field ComputeQuotaId string ID of the compute allocation definition.

---@class awsjobs.sagemaker.CreateContextRequest
---@field ContextName string The name of the context.
---@field Source awsjobs.sagemaker.ContextSource The source type, ID, and URI.
---@field ContextType string The context type.
---@field Description? string The description of the context.
---@field Properties? table<string, string> A list of properties to add to the context.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the context.

---@class awsjobs.sagemaker.CreateContextResponse
---@field ContextArn? string The Amazon Resource Name (ARN) of the context.

---@class awsjobs.sagemaker.CreateDataQualityJobDefinitionRequest
---@field JobDefinitionName string The name for the monitoring job definition.
---@field DataQualityBaselineConfig? awsjobs.sagemaker.DataQualityBaselineConfig Configures the constraints and baselines for the monitoring job.
---@field DataQualityAppSpecification awsjobs.sagemaker.DataQualityAppSpecification Specifies the container that runs the monitoring job.
---@field DataQualityJobInput awsjobs.sagemaker.DataQualityJobInput A list of inputs for the monitoring job.
---@field DataQualityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Specifies networking configuration for the monitoring job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.

---@class awsjobs.sagemaker.CreateDataQualityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the job definition.

---@class awsjobs.sagemaker.CreateDeviceFleetRequest
---@field DeviceFleetName string The name of the fleet that the device belongs to.
---@field RoleArn? string The Amazon Resource Name (ARN) that has access to Amazon Web Services Internet of Things (IoT).
---@field Description? string A description of the fleet.
---@field OutputConfig awsjobs.sagemaker.EdgeOutputConfig The output configuration for storing sample data collected by the fleet.
---@field Tags? awsjobs.sagemaker.Tag[] Creates tags for the specified fleet.
---@field EnableIotRoleAlias? boolean Whether to create an Amazon Web Services IoT Role Alias during device fleet creation.

---@class awsjobs.sagemaker.CreateDomainRequest
---@field DomainName string A name for the domain.
---@field AuthMode awsjobs.sagemaker.AuthMode The mode of authentication that members use to access the domain.
---@field DefaultUserSettings awsjobs.sagemaker.UserSettings The default settings to use to create a user profile when UserSettings isn't specified in the call to the CreateUserProfile API.
---@field DomainSettings? awsjobs.sagemaker.DomainSettings A collection of Domain settings.
---@field SubnetIds? string[] The VPC subnets that the domain uses for communication.
---@field VpcId? string The ID of the Amazon Virtual Private Cloud (VPC) that the domain uses for communication.
---@field Tags? awsjobs.sagemaker.Tag[] Tags to associated with the Domain.
---@field AppNetworkAccessType? awsjobs.sagemaker.AppNetworkAccessType Specifies the VPC used for non-EFS traffic.
---@field HomeEfsFileSystemKmsKeyId? string Use KmsKeyId.
---@field KmsKeyId? string SageMaker AI uses Amazon Web Services KMS to encrypt EFS and EBS volumes attached to the domain with an Amazon Web Services managed key by default.
---@field AppSecurityGroupManagement? awsjobs.sagemaker.AppSecurityGroupManagement The entity that creates and manages the required security groups for inter-app communication in VPCOnly mode.
---@field TagPropagation? awsjobs.sagemaker.TagPropagation Indicates whether custom tag propagation is supported for the domain.
---@field DefaultSpaceSettings? awsjobs.sagemaker.DefaultSpaceSettings The default settings for shared spaces that users create in the domain.

---@class awsjobs.sagemaker.CreateDomainResponse
---@field DomainArn? string The Amazon Resource Name (ARN) of the created domain.
---@field DomainId? string The ID of the created domain.
---@field Url? string The URL to the created domain.

---@class awsjobs.sagemaker.CreateEdgeDeploymentPlanRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field ModelConfigs awsjobs.sagemaker.EdgeDeploymentModelConfig[] List of models associated with the edge deployment plan.
---@field DeviceFleetName string The device fleet used for this edge deployment plan.
---@field Stages? awsjobs.sagemaker.DeploymentStage[] List of stages of the edge deployment plan.
---@field Tags? awsjobs.sagemaker.Tag[] List of tags with which to tag the edge deployment plan.

---@class awsjobs.sagemaker.CreateEdgeDeploymentPlanResponse
---@field EdgeDeploymentPlanArn string The ARN of the edge deployment plan.

---@class awsjobs.sagemaker.CreateEdgeDeploymentStageRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field Stages awsjobs.sagemaker.DeploymentStage[] List of stages to be added to the edge deployment plan.

---@class awsjobs.sagemaker.CreateEdgePackagingJobRequest
---@field EdgePackagingJobName string The name of the edge packaging job.
---@field CompilationJobName string The name of the SageMaker Neo compilation job that will be used to locate model artifacts for packaging.
---@field ModelName string The name of the model.
---@field ModelVersion string The version of the model.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to download and upload the model, and to contact SageMaker Neo.
---@field OutputConfig awsjobs.sagemaker.EdgeOutputConfig Provides information about the output location for the packaged model.
---@field ResourceKey? string The Amazon Web Services KMS key to use when encrypting the EBS volume the edge packaging job runs on.
---@field Tags? awsjobs.sagemaker.Tag[] Creates tags for the packaging job.

---@class awsjobs.sagemaker.CreateEndpointConfigInput
---@field EndpointConfigName string The name of the endpoint configuration.
---@field ProductionVariants awsjobs.sagemaker.ProductionVariant[] An array of ProductionVariant objects, one for each model that you want to host at this endpoint.
---@field DataCaptureConfig? awsjobs.sagemaker.DataCaptureConfig
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field KmsKeyId? string The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that SageMaker uses to encrypt data on the storage volume attached to the...
---@field AsyncInferenceConfig? awsjobs.sagemaker.AsyncInferenceConfig Specifies configuration for how an endpoint performs asynchronous inference.
---@field ExplainerConfig? awsjobs.sagemaker.ExplainerConfig A member of CreateEndpointConfig that enables explainers.
---@field ShadowProductionVariants? awsjobs.sagemaker.ProductionVariant[] An array of ProductionVariant objects, one for each model that you want to host at this endpoint in shadow mode with production traffic replicated from the...
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform actions on your behalf.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig
---@field EnableNetworkIsolation? boolean Sets whether all model containers deployed to the endpoint are isolated.
---@field MetricsConfig? awsjobs.sagemaker.MetricsConfig The configuration parameters for utilization metrics.

---@class awsjobs.sagemaker.CreateEndpointConfigOutput
---@field EndpointConfigArn string The Amazon Resource Name (ARN) of the endpoint configuration.

---@class awsjobs.sagemaker.CreateEndpointInput
---@field EndpointName string The name of the endpoint.The name must be unique within an Amazon Web Services Region in your Amazon Web Services account.
---@field EndpointConfigName string The name of an endpoint configuration.
---@field DeploymentConfig? awsjobs.sagemaker.DeploymentConfig
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateEndpointOutput
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.

---@class awsjobs.sagemaker.CreateExperimentRequest
---@field ExperimentName string The name of the experiment.
---@field DisplayName? string The name of the experiment as displayed.
---@field Description? string The description of the experiment.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to associate with the experiment.

---@class awsjobs.sagemaker.CreateExperimentResponse
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment.

---@class awsjobs.sagemaker.CreateFeatureGroupRequest
---@field FeatureGroupName string The name of the FeatureGroup.
---@field RecordIdentifierFeatureName string The name of the Feature whose value uniquely identifies a Record defined in the FeatureStore.
---@field EventTimeFeatureName string The name of the feature that stores the EventTime of a Record in a FeatureGroup.
---@field FeatureDefinitions awsjobs.sagemaker.FeatureDefinition[] A list of Feature names and types.
---@field OnlineStoreConfig? awsjobs.sagemaker.OnlineStoreConfig You can turn the OnlineStore on or off by specifying True for the EnableOnlineStore flag in OnlineStoreConfig.
---@field OfflineStoreConfig? awsjobs.sagemaker.OfflineStoreConfig Use this to configure an OfflineFeatureStore.
---@field ThroughputConfig? awsjobs.sagemaker.ThroughputConfig
---@field RoleArn? string The Amazon Resource Name (ARN) of the IAM execution role used to persist data into the OfflineStore if an OfflineStoreConfig is provided.
---@field Description? string A free-form description of a FeatureGroup.
---@field Tags? awsjobs.sagemaker.Tag[] Tags used to identify Features in each FeatureGroup.

---@class awsjobs.sagemaker.CreateFeatureGroupResponse
---@field FeatureGroupArn string The Amazon Resource Name (ARN) of the FeatureGroup.

---@class awsjobs.sagemaker.CreateFlowDefinitionRequest
---@field FlowDefinitionName string The name of your flow definition.
---@field HumanLoopRequestSource? awsjobs.sagemaker.HumanLoopRequestSource Container for configuring the source of human task requests.
---@field HumanLoopActivationConfig? awsjobs.sagemaker.HumanLoopActivationConfig An object containing information about the events that trigger a human workflow.
---@field HumanLoopConfig? awsjobs.sagemaker.HumanLoopConfig An object containing information about the tasks the human reviewers will perform.
---@field OutputConfig awsjobs.sagemaker.FlowDefinitionOutputConfig An object containing information about where the human review results will be uploaded.
---@field RoleArn string The Amazon Resource Name (ARN) of the role needed to call other services on your behalf.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs that contain metadata to help you categorize and organize a flow definition.

---@class awsjobs.sagemaker.CreateFlowDefinitionResponse
---@field FlowDefinitionArn string The Amazon Resource Name (ARN) of the flow definition you create.

---@class awsjobs.sagemaker.CreateHubContentPresignedUrlsRequest
---@field HubName string The name or Amazon Resource Name (ARN) of the hub that contains the content.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content to access.
---@field HubContentName string The name of the hub content for which to generate presigned URLs.
---@field HubContentVersion? string The version of the hub content.
---@field AccessConfig? awsjobs.sagemaker.PresignedUrlAccessConfig Configuration settings for accessing the hub content, including end-user license agreement acceptance for gated models and expected S3 URL validation.
---@field MaxResults? integer The maximum number of presigned URLs to return in the response.
---@field NextToken? string A token for pagination.

---@class awsjobs.sagemaker.CreateHubContentPresignedUrlsResponse
---@field AuthorizedUrlConfigs awsjobs.sagemaker.AuthorizedUrl[] An array of authorized URL configurations, each containing a presigned URL and its corresponding local file path for proper file organization during download.
---@field NextToken? string A token for pagination.

---@class awsjobs.sagemaker.CreateHubContentReferenceRequest
---@field HubName string The name of the hub to add the hub content reference to.
---@field SageMakerPublicHubContentArn string The ARN of the public hub content to reference.
---@field HubContentName? string The name of the hub content to reference.
---@field MinVersion? string The minimum version of the hub content to reference.
---@field Tags? awsjobs.sagemaker.Tag[] Any tags associated with the hub content to reference.

---@class awsjobs.sagemaker.CreateHubContentReferenceResponse
---@field HubArn string The ARN of the hub that the hub content reference was added to.
---@field HubContentArn string The ARN of the hub content.

---@class awsjobs.sagemaker.CreateHubRequest
---@field HubName string The name of the hub to create.
---@field HubDescription string A description of the hub.
---@field HubDisplayName? string The display name of the hub.
---@field HubSearchKeywords? string[] The searchable keywords for the hub.
---@field S3StorageConfig? awsjobs.sagemaker.HubS3StorageConfig The Amazon S3 storage configuration for the hub.
---@field Tags? awsjobs.sagemaker.Tag[] Any tags to associate with the hub.

---@class awsjobs.sagemaker.CreateHubResponse
---@field HubArn string The Amazon Resource Name (ARN) of the hub.

---@class awsjobs.sagemaker.CreateHumanTaskUiRequest
---@field HumanTaskUiName string The name of the user interface you are creating.
---@field UiTemplate awsjobs.sagemaker.UiTemplate
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs that contain metadata to help you categorize and organize a human review workflow user interface.

---@class awsjobs.sagemaker.CreateHumanTaskUiResponse
---@field HumanTaskUiArn string The Amazon Resource Name (ARN) of the human review workflow user interface you create.

---@class awsjobs.sagemaker.CreateHyperParameterTuningJobRequest
---@field HyperParameterTuningJobName string The name of the tuning job.
---@field HyperParameterTuningJobConfig awsjobs.sagemaker.HyperParameterTuningJobConfig The HyperParameterTuningJobConfig object that describes the tuning job, including the search strategy, the objective metric used to evaluate training jobs,...
---@field TrainingJobDefinition? awsjobs.sagemaker.HyperParameterTrainingJobDefinition The HyperParameterTrainingJobDefinition object that describes the training jobs that this tuning job launches, including static hyperparameters, input data...
---@field TrainingJobDefinitions? awsjobs.sagemaker.HyperParameterTrainingJobDefinition[] A list of the HyperParameterTrainingJobDefinition objects launched for this tuning job.
---@field WarmStartConfig? awsjobs.sagemaker.HyperParameterTuningJobWarmStartConfig Specifies the configuration for starting the hyperparameter tuning job using one or more previous tuning jobs as a starting point.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field Autotune? awsjobs.sagemaker.Autotune Configures SageMaker Automatic model tuning (AMT) to automatically find optimal parameters for the following fields:

---@class awsjobs.sagemaker.CreateHyperParameterTuningJobResponse
---@field HyperParameterTuningJobArn string The Amazon Resource Name (ARN) of the tuning job.

---@class awsjobs.sagemaker.CreateImageRequest
---@field Description? string The description of the image.
---@field DisplayName? string The display name of the image.
---@field ImageName string The name of the image.
---@field RoleArn string The ARN of an IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the image.

---@class awsjobs.sagemaker.CreateImageResponse
---@field ImageArn? string The ARN of the image.

---@class awsjobs.sagemaker.CreateImageVersionRequest
---@field BaseImage string The registry path of the container image to use as the starting point for this version.
---@field ClientToken string A unique ID.
---@field ImageName string The ImageName of the Image to create a version of.
---@field Aliases? string[] A list of aliases created with the image version.
---@field VendorGuidance? awsjobs.sagemaker.VendorGuidance The stability of the image version, specified by the maintainer.
---@field JobType? awsjobs.sagemaker.JobType Indicates SageMaker AI job type compatibility.
---@field MLFramework? string The machine learning framework vended in the image version.
---@field ProgrammingLang? string The supported programming language and its version.
---@field Processor? awsjobs.sagemaker.Processor Indicates CPU or GPU compatibility.
---@field Horovod? boolean Indicates Horovod compatibility.
---@field ReleaseNotes? string The maintainer description of the image version.

---@class awsjobs.sagemaker.CreateImageVersionResponse
---@field ImageVersionArn? string The ARN of the image version.

---@class awsjobs.sagemaker.CreateInferenceComponentInput
---@field InferenceComponentName string A unique name to assign to the inference component.
---@field EndpointName string The name of an existing endpoint where you host the inference component.
---@field VariantName? string The name of an existing production variant where you host the inference component.
---@field Specification? awsjobs.sagemaker.InferenceComponentSpecification Details about the resources to deploy with this inference component, including the model, container, and compute resources.
---@field Specifications? awsjobs.sagemaker.InferenceComponentSpecification[] A list of specification objects for the inference component, one per instance type.
---@field RuntimeConfig? awsjobs.sagemaker.InferenceComponentRuntimeConfig Runtime settings for a model that is deployed with an inference component.
---@field Tags? awsjobs.sagemaker.Tag[] A list of key-value pairs associated with the model.

---@class awsjobs.sagemaker.CreateInferenceComponentOutput
---@field InferenceComponentArn string The Amazon Resource Name (ARN) of the inference component.

---@class awsjobs.sagemaker.CreateInferenceExperimentRequest
---@field Name string The name for the inference experiment.
---@field Type awsjobs.sagemaker.InferenceExperimentType The type of the inference experiment that you want to run.
---@field Schedule? awsjobs.sagemaker.InferenceExperimentSchedule The duration for which you want the inference experiment to run.
---@field Description? string A description for the inference experiment.
---@field RoleArn string The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container images, and manage Amazon SageMaker Inference endpoints for...
---@field EndpointName string The name of the Amazon SageMaker endpoint on which you want to run the inference experiment.
---@field ModelVariants awsjobs.sagemaker.ModelVariantConfig[] An array of ModelVariantConfig objects.
---@field DataStorageConfig? awsjobs.sagemaker.InferenceExperimentDataStorageConfig The Amazon S3 location and configuration for storing inference request and response data.
---@field ShadowModeConfig awsjobs.sagemaker.ShadowModeConfig The configuration of ShadowMode inference experiment type.
---@field KmsKey? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to...
---@field Tags? awsjobs.sagemaker.Tag[] Array of key-value pairs.

---@class awsjobs.sagemaker.CreateInferenceExperimentResponse
---@field InferenceExperimentArn string The ARN for your inference experiment.

---@class awsjobs.sagemaker.CreateInferenceRecommendationsJobRequest
---@field JobName string A name for the recommendation job.
---@field JobType awsjobs.sagemaker.RecommendationJobType Defines the type of recommendation job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on your behalf.
---@field InputConfig awsjobs.sagemaker.RecommendationJobInputConfig Provides information about the versioned model package Amazon Resource Name (ARN), the traffic pattern, and endpoint configurations.
---@field JobDescription? string Description of the recommendation job.
---@field StoppingConditions? awsjobs.sagemaker.RecommendationJobStoppingConditions A set of conditions for stopping a recommendation job.
---@field OutputConfig? awsjobs.sagemaker.RecommendationJobOutputConfig Provides information about the output artifacts and the KMS key to use for Amazon S3 server-side encryption.
---@field Tags? awsjobs.sagemaker.Tag[] The metadata that you apply to Amazon Web Services resources to help you categorize and organize them.

---@class awsjobs.sagemaker.CreateInferenceRecommendationsJobResponse
---@field JobArn string The Amazon Resource Name (ARN) of the recommendation job.

---@class awsjobs.sagemaker.CreateLabelingJobRequest
---@field LabelingJobName string The name of the labeling job.
---@field LabelAttributeName string The attribute name to use for the label in the output manifest file.
---@field InputConfig awsjobs.sagemaker.LabelingJobInputConfig Input data for the labeling job, such as the Amazon S3 location of the data objects and the location of the manifest file that describes the data objects.
---@field OutputConfig awsjobs.sagemaker.LabelingJobOutputConfig The location of the output data and the Amazon Web Services Key Management Service key ID for the key used to encrypt the output data, if any.
---@field RoleArn string The Amazon Resource Number (ARN) that Amazon SageMaker assumes to perform tasks on your behalf during data labeling.
---@field LabelCategoryConfigS3Uri? string The S3 URI of the file, referred to as a label category configuration file, that defines the categories used to label the data objects.
---@field StoppingConditions? awsjobs.sagemaker.LabelingJobStoppingConditions A set of conditions for stopping the labeling job.
---@field LabelingJobAlgorithmsConfig? awsjobs.sagemaker.LabelingJobAlgorithmsConfig Configures the information required to perform automated data labeling.
---@field HumanTaskConfig awsjobs.sagemaker.HumanTaskConfig Configures the labeling task and how it is presented to workers; including, but not limited to price, keywords, and batch size (task count).
---@field Tags? awsjobs.sagemaker.Tag[] An array of key/value pairs.

---@class awsjobs.sagemaker.CreateLabelingJobResponse
---@field LabelingJobArn string The Amazon Resource Name (ARN) of the labeling job.

---@class awsjobs.sagemaker.CreateMlflowAppRequest
---@field Name string A string identifying the MLflow app name.
---@field ArtifactStoreUri string The S3 URI for a general purpose bucket to use as the MLflow App artifact store.
---@field RoleArn string The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow App uses to access the artifact store in Amazon S3.
---@field ModelRegistrationMode? awsjobs.sagemaker.ModelRegistrationMode Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model Registry.
---@field WeeklyMaintenanceWindowStart? string The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that weekly maintenance updates are scheduled.
---@field AccountDefaultStatus? awsjobs.sagemaker.AccountDefaultStatus Indicates whether this MLflow app is the default for the entire account.
---@field DefaultDomainIdList? string[] List of SageMaker domain IDs for which this MLflow App is used as the default.
---@field Tags? awsjobs.sagemaker.Tag[] Tags consisting of key-value pairs used to manage metadata for the MLflow App.

---@class awsjobs.sagemaker.CreateMlflowAppResponse
---@field Arn? string The ARN of the MLflow App.

---@class awsjobs.sagemaker.CreateMlflowTrackingServerRequest
---@field TrackingServerName string A unique string identifying the tracking server name.
---@field ArtifactStoreUri string The S3 URI for a general purpose bucket to use as the MLflow Tracking Server artifact store.
---@field TrackingServerSize? awsjobs.sagemaker.TrackingServerSize The size of the tracking server you want to create.
---@field MlflowVersion? string The version of MLflow that the tracking server uses.
---@field RoleArn string The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow Tracking Server uses to access the artifact store in Amazon S3.
---@field AutomaticModelRegistration? boolean Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model Registry.
---@field WeeklyMaintenanceWindowStart? string The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that weekly maintenance updates are scheduled.
---@field Tags? awsjobs.sagemaker.Tag[] Tags consisting of key-value pairs used to manage metadata for the tracking server.
---@field S3BucketOwnerAccountId? string Expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact storage.
---@field S3BucketOwnerVerification? boolean Enable Amazon S3 Ownership checks when interacting with Amazon S3 buckets from a SageMaker Managed MLflow Tracking Server.

---@class awsjobs.sagemaker.CreateMlflowTrackingServerResponse
---@field TrackingServerArn? string The ARN of the tracking server.

---@class awsjobs.sagemaker.CreateModelBiasJobDefinitionRequest
---@field JobDefinitionName string The name of the bias job definition.
---@field ModelBiasBaselineConfig? awsjobs.sagemaker.ModelBiasBaselineConfig The baseline configuration for a model bias job.
---@field ModelBiasAppSpecification awsjobs.sagemaker.ModelBiasAppSpecification Configures the model bias job to run a specified Docker container image.
---@field ModelBiasJobInput awsjobs.sagemaker.ModelBiasJobInput Inputs for the model bias job.
---@field ModelBiasJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Networking options for a model bias job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.

---@class awsjobs.sagemaker.CreateModelBiasJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model bias job.

---@class awsjobs.sagemaker.CreateModelCardExportJobRequest
---@field ModelCardName string The name or Amazon Resource Name (ARN) of the model card to export.
---@field ModelCardVersion? integer The version of the model card to export.
---@field ModelCardExportJobName string The name of the model card export job.
---@field OutputConfig awsjobs.sagemaker.ModelCardExportOutputConfig The model card output configuration that specifies the Amazon S3 path for exporting.

---@class awsjobs.sagemaker.CreateModelCardExportJobResponse
---@field ModelCardExportJobArn string The Amazon Resource Name (ARN) of the model card export job.

---@class awsjobs.sagemaker.CreateModelCardRequest
---@field ModelCardName string The unique name of the model card.
---@field SecurityConfig? awsjobs.sagemaker.ModelCardSecurityConfig An optional Key Management Service key to encrypt, decrypt, and re-encrypt model card content for regulated workloads with highly sensitive data.
---@field Content string The content of the model card.
---@field ModelCardStatus awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.
---@field Tags? awsjobs.sagemaker.Tag[] Key-value pairs used to manage metadata for model cards.

---@class awsjobs.sagemaker.CreateModelCardResponse
---@field ModelCardArn string The Amazon Resource Name (ARN) of the successfully created model card.

---@class awsjobs.sagemaker.CreateModelExplainabilityJobDefinitionRequest
---@field JobDefinitionName string The name of the model explainability job definition.
---@field ModelExplainabilityBaselineConfig? awsjobs.sagemaker.ModelExplainabilityBaselineConfig The baseline configuration for a model explainability job.
---@field ModelExplainabilityAppSpecification awsjobs.sagemaker.ModelExplainabilityAppSpecification Configures the model explainability job to run a specified Docker container image.
---@field ModelExplainabilityJobInput awsjobs.sagemaker.ModelExplainabilityJobInput Inputs for the model explainability job.
---@field ModelExplainabilityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Networking options for a model explainability job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.

---@class awsjobs.sagemaker.CreateModelExplainabilityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model explainability job.

---@class awsjobs.sagemaker.CreateModelInput
---@field ModelName string The name of the new model.
---@field PrimaryContainer? awsjobs.sagemaker.ContainerDefinition The location of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the...
---@field Containers? awsjobs.sagemaker.ContainerDefinition[] Specifies the containers in the inference pipeline.
---@field InferenceExecutionConfig? awsjobs.sagemaker.InferenceExecutionConfig Specifies details of how containers in a multi-container endpoint are called.
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of the IAM role that SageMaker can assume to access model artifacts and docker image for deployment on ML compute instances...
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig A VpcConfig object that specifies the VPC that you want your model to connect to.
---@field EnableNetworkIsolation? boolean Isolates the model container.

---@class awsjobs.sagemaker.CreateModelOutput
---@field ModelArn string The ARN of the model created in SageMaker.

---@class awsjobs.sagemaker.CreateModelPackageGroupInput
---@field ModelPackageGroupName string The name of the model group.
---@field ModelPackageGroupDescription? string A description for the model group.
---@field Tags? awsjobs.sagemaker.Tag[] A list of key value pairs associated with the model group.
---@field ManagedConfiguration? awsjobs.sagemaker.ManagedConfiguration The managed configuration of the model package group.

---@class awsjobs.sagemaker.CreateModelPackageGroupOutput
---@field ModelPackageGroupArn string The Amazon Resource Name (ARN) of the model group.

---@class awsjobs.sagemaker.CreateModelPackageInput
---@field ModelPackageName? string The name of the model package.
---@field ModelPackageGroupName? string The name or Amazon Resource Name (ARN) of the model package group that this model version belongs to.
---@field ModelPackageDescription? string A description of the model package.
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package input.
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Specifies details about inference jobs that you can run with models based on this model package, including the following information:
---@field ValidationSpecification? awsjobs.sagemaker.ModelPackageValidationSpecification Specifies configurations for one or more transform jobs that SageMaker runs to test the model package.
---@field SourceAlgorithmSpecification? awsjobs.sagemaker.SourceAlgorithmSpecification Details about the algorithm that was used to create the model package.
---@field CertifyForMarketplace? boolean Whether to certify the model package for listing on Amazon Web Services Marketplace.
---@field Tags? awsjobs.sagemaker.Tag[] A list of key value pairs associated with the model.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus Whether the model is approved for deployment.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field ModelMetrics? awsjobs.sagemaker.ModelMetrics A structure that contains model metrics reports.
---@field ClientToken? string A unique token that guarantees that the call to this API is idempotent.
---@field Domain? string The machine learning domain of your model package and its components.
---@field Task? string The machine learning task your model package accomplishes.
---@field SamplePayloadUrl? string The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored.
---@field CustomerMetadataProperties? table<string, string> The metadata properties associated with the model package versions.
---@field DriftCheckBaselines? awsjobs.sagemaker.DriftCheckBaselines Represents the drift check baselines that can be used when the model monitor is set using the model package.
---@field AdditionalInferenceSpecifications? awsjobs.sagemaker.AdditionalInferenceSpecificationDefinition[] An array of additional Inference Specification objects.
---@field SkipModelValidation? awsjobs.sagemaker.SkipModelValidation Indicates if you want to skip model validation.
---@field SourceUri? string The URI of the source for the model package.
---@field SecurityConfig? awsjobs.sagemaker.ModelPackageSecurityConfig The KMS Key ID (KMSKeyId) used for encryption of model package information.
---@field ModelCard? awsjobs.sagemaker.ModelPackageModelCard The model card associated with the model package.
---@field ModelLifeCycle? awsjobs.sagemaker.ModelLifeCycle A structure describing the current state of the model in its life cycle.
---@field ManagedStorageType? awsjobs.sagemaker.ManagedStorageType The storage type of the model package.

---@class awsjobs.sagemaker.CreateModelPackageOutput
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the new model package.

---@class awsjobs.sagemaker.CreateModelQualityJobDefinitionRequest
---@field JobDefinitionName string The name of the monitoring job definition.
---@field ModelQualityBaselineConfig? awsjobs.sagemaker.ModelQualityBaselineConfig Specifies the constraints and baselines for the monitoring job.
---@field ModelQualityAppSpecification awsjobs.sagemaker.ModelQualityAppSpecification The container that runs the monitoring job.
---@field ModelQualityJobInput awsjobs.sagemaker.ModelQualityJobInput A list of the inputs that are monitored.
---@field ModelQualityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Specifies the network configuration for the monitoring job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.

---@class awsjobs.sagemaker.CreateModelQualityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model quality monitoring job.

---@class awsjobs.sagemaker.CreateMonitoringScheduleRequest
---@field MonitoringScheduleName string The name of the monitoring schedule.
---@field MonitoringScheduleConfig awsjobs.sagemaker.MonitoringScheduleConfig The configuration object that specifies the monitoring schedule and defines the monitoring job.
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.

---@class awsjobs.sagemaker.CreateMonitoringScheduleResponse
---@field MonitoringScheduleArn string The Amazon Resource Name (ARN) of the monitoring schedule.

---@class awsjobs.sagemaker.CreateNotebookInstanceInput
---@field NotebookInstanceName string The name of the new notebook instance.
---@field InstanceType awsjobs.sagemaker.InstanceType The type of ML compute instance to launch for the notebook instance.
---@field SubnetId? string The ID of the subnet in a VPC to which you would like to have a connectivity from your ML compute instance.
---@field SecurityGroupIds? string[] The VPC security group IDs, in the form sg-xxxxxxxx.
---@field IpAddressType? awsjobs.sagemaker.IPAddressType The IP address type for the notebook instance.
---@field RoleArn string When you send any requests to Amazon Web Services resources from the notebook instance, SageMaker AI assumes this role to perform tasks on your behalf.
---@field KmsKeyId? string The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service key that SageMaker AI uses to encrypt data on the storage volume attached to...
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field LifecycleConfigName? string The name of a lifecycle configuration to associate with the notebook instance.
---@field DirectInternetAccess? awsjobs.sagemaker.DirectInternetAccess Sets whether SageMaker AI provides internet access to the notebook instance.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume to attach to the notebook instance.
---@field AcceleratorTypes? awsjobs.sagemaker.NotebookInstanceAcceleratorType[] This parameter is no longer supported.
---@field DefaultCodeRepository? string A Git repository to associate with the notebook instance as its default code repository.
---@field AdditionalCodeRepositories? string[] An array of up to three Git repositories to associate with the notebook instance.
---@field RootAccess? awsjobs.sagemaker.RootAccess Whether root access is enabled or disabled for users of the notebook instance.
---@field PlatformIdentifier? string The platform identifier of the notebook instance runtime environment.
---@field InstanceMetadataServiceConfiguration? awsjobs.sagemaker.InstanceMetadataServiceConfiguration Information on the IMDS configuration of the notebook instance

---@class awsjobs.sagemaker.CreateNotebookInstanceLifecycleConfigInput
---@field NotebookInstanceLifecycleConfigName string The name of the lifecycle configuration.
---@field OnCreate? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] A shell script that runs only once, when you create a notebook instance.
---@field OnStart? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] A shell script that runs every time you start a notebook instance, including when you create the notebook instance.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateNotebookInstanceLifecycleConfigOutput
---@field NotebookInstanceLifecycleConfigArn? string The Amazon Resource Name (ARN) of the lifecycle configuration.

---@class awsjobs.sagemaker.CreateNotebookInstanceOutput
---@field NotebookInstanceArn? string The Amazon Resource Name (ARN) of the notebook instance.

---@class awsjobs.sagemaker.CreateOptimizationJobRequest
---@field OptimizationJobName string A custom name for the new optimization job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.
---@field ModelSource awsjobs.sagemaker.OptimizationJobModelSource The location of the source model to optimize with an optimization job.
---@field DeploymentInstanceType awsjobs.sagemaker.OptimizationJobDeploymentInstanceType The type of instance that hosts the optimized model that you create with the optimization job.
---@field MaxInstanceCount? integer The maximum number of instances to use for the optimization job.
---@field OptimizationEnvironment? table<string, string> The environment variables to set in the model container.
---@field OptimizationConfigs awsjobs.sagemaker.OptimizationConfig[] Settings for each of the optimization techniques that the job applies.
---@field OutputConfig awsjobs.sagemaker.OptimizationJobOutputConfig Details for where to store the optimized model that you create with the optimization job.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition
---@field Tags? awsjobs.sagemaker.Tag[] A list of key-value pairs associated with the optimization job.
---@field VpcConfig? awsjobs.sagemaker.OptimizationVpcConfig A VPC in Amazon VPC that your optimized model has access to.

---@class awsjobs.sagemaker.CreateOptimizationJobResponse
---@field OptimizationJobArn string The Amazon Resource Name (ARN) of the optimization job.

---@class awsjobs.sagemaker.CreatePartnerAppPresignedUrlRequest
---@field Arn string The ARN of the SageMaker Partner AI App to create the presigned URL for.
---@field ExpiresInSeconds? integer The time that will pass before the presigned URL expires.
---@field SessionExpirationDurationInSeconds? integer Indicates how long the Amazon SageMaker Partner AI App session can be accessed for after logging in.

---@class awsjobs.sagemaker.CreatePartnerAppPresignedUrlResponse
---@field Url? string The presigned URL that you can use to access the SageMaker Partner AI App.

---@class awsjobs.sagemaker.CreatePartnerAppRequest
---@field Name string The name to give the SageMaker Partner AI App.
---@field Type awsjobs.sagemaker.PartnerAppType The type of SageMaker Partner AI App to create.
---@field ExecutionRoleArn string The ARN of the IAM role that the partner application uses.
---@field KmsKeyId? string SageMaker Partner AI Apps uses Amazon Web Services KMS to encrypt data at rest using an Amazon Web Services managed key by default.
---@field MaintenanceConfig? awsjobs.sagemaker.PartnerAppMaintenanceConfig Maintenance configuration settings for the SageMaker Partner AI App.
---@field Tier string Indicates the instance type and size of the cluster attached to the SageMaker Partner AI App.
---@field ApplicationConfig? awsjobs.sagemaker.PartnerAppConfig Configuration settings for the SageMaker Partner AI App.
---@field AuthType awsjobs.sagemaker.PartnerAppAuthType The authorization type that users use to access the SageMaker Partner AI App.
---@field EnableIamSessionBasedIdentity? boolean When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or the authenticated IAM user as the identity of the SageMaker...
---@field EnableAutoMinorVersionUpgrade? boolean When set to TRUE, the SageMaker Partner AI App is automatically upgraded to the latest minor version during the next scheduled maintenance window, if one is...
---@field ClientToken? string A unique token that guarantees that the call to this API is idempotent.
---@field Tags? awsjobs.sagemaker.Tag[] Each tag consists of a key and an optional value.

---@class awsjobs.sagemaker.CreatePartnerAppResponse
---@field Arn? string The ARN of the SageMaker Partner AI App.

---@class awsjobs.sagemaker.CreatePipelineRequest
---@field PipelineName string The name of the pipeline.
---@field PipelineDisplayName? string The display name of the pipeline.
---@field PipelineDefinition? string The JSON pipeline definition of the pipeline.
---@field PipelineDefinitionS3Location? awsjobs.sagemaker.PipelineDefinitionS3Location The location of the pipeline definition stored in Amazon S3.
---@field PipelineDescription? string A description of the pipeline.
---@field ClientRequestToken string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
---@field RoleArn string The Amazon Resource Name (ARN) of the role used by the pipeline to access and create resources.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to apply to the created pipeline.
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration This is the configuration that controls the parallelism of the pipeline.

---@class awsjobs.sagemaker.CreatePipelineResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the created pipeline.

---@class awsjobs.sagemaker.CreatePresignedDomainUrlRequest
---@field DomainId string The domain ID.
---@field UserProfileName string The name of the UserProfile to sign-in as.
---@field SessionExpirationDurationInSeconds? integer The session expiration duration in seconds.
---@field ExpiresInSeconds? integer The number of seconds until the pre-signed URL expires.
---@field SpaceName? string The name of the space.
---@field LandingUri? string The landing page that the user is directed to when accessing the presigned URL.

---@class awsjobs.sagemaker.CreatePresignedDomainUrlResponse
---@field AuthorizedUrl? string The presigned URL.

---@class awsjobs.sagemaker.CreatePresignedMlflowAppUrlRequest
---@field Arn string The ARN of the MLflow App to connect to your MLflow UI.
---@field ExpiresInSeconds? integer The duration in seconds that your presigned URL is valid.
---@field SessionExpirationDurationInSeconds? integer The duration in seconds that your presigned URL is valid.

---@class awsjobs.sagemaker.CreatePresignedMlflowAppUrlResponse
---@field AuthorizedUrl? string A presigned URL with an authorization token.

---@class awsjobs.sagemaker.CreatePresignedMlflowTrackingServerUrlRequest
---@field TrackingServerName string The name of the tracking server to connect to your MLflow UI.
---@field ExpiresInSeconds? integer The duration in seconds that your presigned URL is valid.
---@field SessionExpirationDurationInSeconds? integer The duration in seconds that your MLflow UI session is valid.

---@class awsjobs.sagemaker.CreatePresignedMlflowTrackingServerUrlResponse
---@field AuthorizedUrl? string A presigned URL with an authorization token.

---@class awsjobs.sagemaker.CreatePresignedNotebookInstanceUrlInput
---@field NotebookInstanceName string The name of the notebook instance.
---@field SessionExpirationDurationInSeconds? integer The duration of the session, in seconds.

---@class awsjobs.sagemaker.CreatePresignedNotebookInstanceUrlOutput
---@field AuthorizedUrl? string A JSON object that contains the URL string.

---@class awsjobs.sagemaker.CreateProcessingJobRequest
---@field ProcessingInputs? awsjobs.sagemaker.ProcessingInput[] An array of inputs configuring the data to download into the processing container.
---@field ProcessingOutputConfig? awsjobs.sagemaker.ProcessingOutputConfig Output configuration for the processing job.
---@field ProcessingJobName string The name of the processing job.
---@field ProcessingResources awsjobs.sagemaker.ProcessingResources Identifies the resources, ML compute instances, and ML storage volumes to deploy for a processing job.
---@field StoppingCondition? awsjobs.sagemaker.ProcessingStoppingCondition The time limit for how long the processing job is allowed to run.
---@field AppSpecification awsjobs.sagemaker.AppSpecification Configures the processing job to run a specified Docker container image.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field NetworkConfig? awsjobs.sagemaker.NetworkConfig Networking options for a processing job, such as whether to allow inbound and outbound network calls to and from processing containers, and the VPC subnets...
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can assume to perform tasks on your behalf.
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig

---@class awsjobs.sagemaker.CreateProcessingJobResponse
---@field ProcessingJobArn string The Amazon Resource Name (ARN) of the processing job.

---@class awsjobs.sagemaker.CreateProjectInput
---@field ProjectName string The name of the project.
---@field ProjectDescription? string A description for the project.
---@field ServiceCatalogProvisioningDetails? awsjobs.sagemaker.ServiceCatalogProvisioningDetails The product ID and provisioning artifact ID to provision a service catalog.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs that you want to use to organize and track your Amazon Web Services resource costs.
---@field TemplateProviders? awsjobs.sagemaker.CreateTemplateProvider[] An array of template provider configurations for creating infrastructure resources for the project.

---@class awsjobs.sagemaker.CreateProjectOutput
---@field ProjectArn string The Amazon Resource Name (ARN) of the project.
---@field ProjectId string The ID of the new project.

---@class awsjobs.sagemaker.CreateSpaceRequest
---@field DomainId string The ID of the associated domain.
---@field SpaceName string The name of the space.
---@field Tags? awsjobs.sagemaker.Tag[] Tags to associated with the space.
---@field SpaceSettings? awsjobs.sagemaker.SpaceSettings A collection of space settings.
---@field OwnershipSettings? awsjobs.sagemaker.OwnershipSettings A collection of ownership settings.
---@field SpaceSharingSettings? awsjobs.sagemaker.SpaceSharingSettings A collection of space sharing settings.
---@field SpaceDisplayName? string The name of the space that appears in the SageMaker Studio UI.

---@class awsjobs.sagemaker.CreateSpaceResponse
---@field SpaceArn? string The space's Amazon Resource Name (ARN).

---@class awsjobs.sagemaker.CreateStudioLifecycleConfigRequest
---@field StudioLifecycleConfigName string The name of the Amazon SageMaker AI Studio Lifecycle Configuration to create.
---@field StudioLifecycleConfigContent string The content of your Amazon SageMaker AI Studio Lifecycle Configuration script.
---@field StudioLifecycleConfigAppType awsjobs.sagemaker.StudioLifecycleConfigAppType The App type that the Lifecycle Configuration is attached to.
---@field Tags? awsjobs.sagemaker.Tag[] Tags to be associated with the Lifecycle Configuration.

---@class awsjobs.sagemaker.CreateStudioLifecycleConfigResponse
---@field StudioLifecycleConfigArn? string The ARN of your created Lifecycle Configuration.

---Contains configuration details for a template provider.
---@class awsjobs.sagemaker.CreateTemplateProvider
---@field CfnTemplateProvider? awsjobs.sagemaker.CfnCreateTemplateProvider The CloudFormation template provider configuration for creating infrastructure resources.

---@class awsjobs.sagemaker.CreateTrainingJobRequest
---@field TrainingJobName string The name of the training job.
---@field HyperParameters? table<string, string> Algorithm-specific parameters that influence the quality of the model.
---@field AlgorithmSpecification? awsjobs.sagemaker.AlgorithmSpecification The registry path of the Docker image that contains the training algorithm and algorithm-specific metadata, including the input mode.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that SageMaker can assume to perform tasks on your behalf.
---@field InputDataConfig? awsjobs.sagemaker.Channel[] An array of Channel objects.
---@field OutputDataConfig awsjobs.sagemaker.OutputDataConfig Specifies the path to the S3 location where you want to store model artifacts.
---@field ResourceConfig? awsjobs.sagemaker.ResourceConfig The resources, including the ML compute instances and ML storage volumes, to use for model training.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig A VpcConfig object that specifies the VPC that you want your training job to connect to.
---@field StoppingCondition? awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model training job can run.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field EnableNetworkIsolation? boolean Isolates the training container.
---@field EnableInterContainerTrafficEncryption? boolean To encrypt all communications between ML compute instances in distributed training, choose True.
---@field EnableManagedSpotTraining? boolean To train models using managed spot training, choose True.
---@field CheckpointConfig? awsjobs.sagemaker.CheckpointConfig Contains information about the output location for managed spot training checkpoint data.
---@field DebugHookConfig? awsjobs.sagemaker.DebugHookConfig
---@field DebugRuleConfigurations? awsjobs.sagemaker.DebugRuleConfiguration[] Configuration information for Amazon SageMaker Debugger rules for debugging output tensors.
---@field TensorBoardOutputConfig? awsjobs.sagemaker.TensorBoardOutputConfig
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig
---@field ProfilerConfig? awsjobs.sagemaker.ProfilerConfig
---@field ProfilerRuleConfigurations? awsjobs.sagemaker.ProfilerRuleConfiguration[] Configuration information for Amazon SageMaker Debugger rules for profiling system and framework metrics.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field RetryStrategy? awsjobs.sagemaker.RetryStrategy The number of times to retry the job when the job fails due to an InternalServerError.
---@field RemoteDebugConfig? awsjobs.sagemaker.RemoteDebugConfig Configuration for remote debugging.
---@field InfraCheckConfig? awsjobs.sagemaker.InfraCheckConfig Contains information about the infrastructure health check configuration for the training job.
---@field SessionChainingConfig? awsjobs.sagemaker.SessionChainingConfig Contains information about attribute-based access control (ABAC) for the training job.
---@field ServerlessJobConfig? awsjobs.sagemaker.ServerlessJobConfig The configuration for serverless training jobs.
---@field MlflowConfig? awsjobs.sagemaker.MlflowConfig The MLflow configuration using SageMaker managed MLflow.
---@field ModelPackageConfig? awsjobs.sagemaker.ModelPackageConfig The configuration for the model package.

---@class awsjobs.sagemaker.CreateTrainingJobResponse
---@field TrainingJobArn string The Amazon Resource Name (ARN) of the training job.

---@class awsjobs.sagemaker.CreateTrainingPlanRequest
---@field TrainingPlanName string The name of the training plan to create.
---@field TrainingPlanOfferingId string The unique identifier of the training plan offering to use for creating this plan.
---@field SpareInstanceCountPerUltraServer? integer Number of spare instances to reserve per UltraServer for enhanced resiliency.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs to apply to this training plan.

---@class awsjobs.sagemaker.CreateTrainingPlanResponse
---@field TrainingPlanArn string The Amazon Resource Name (ARN); of the created training plan.

---@class awsjobs.sagemaker.CreateTransformJobRequest
---@field TransformJobName string The name of the transform job.
---@field ModelName string The name of the model that you want to use for the transform job.
---@field MaxConcurrentTransforms? integer The maximum number of parallel requests that can be sent to each instance in a transform job.
---@field ModelClientConfig? awsjobs.sagemaker.ModelClientConfig Configures the timeout and maximum number of retries for processing a transform job invocation.
---@field MaxPayloadInMB? integer The maximum allowed size of the payload, in MB.
---@field BatchStrategy? awsjobs.sagemaker.BatchStrategy Specifies the number of records to include in a mini-batch for an HTTP inference request.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field TransformInput awsjobs.sagemaker.TransformInput Describes the input source and the way the transform job consumes it.
---@field TransformOutput awsjobs.sagemaker.TransformOutput Describes the results of the transform job.
---@field DataCaptureConfig? awsjobs.sagemaker.BatchDataCaptureConfig Configuration to control how SageMaker captures inference data.
---@field TransformResources awsjobs.sagemaker.TransformResources Describes the resources, including ML instance types and ML instance count, to use for the transform job.
---@field DataProcessing? awsjobs.sagemaker.DataProcessing The data structure used to specify the data to be used for inference in a batch transform job and to associate the data that is relevant to the prediction...
---@field Tags? awsjobs.sagemaker.Tag[] # (Optional) An array of key-value pairs.
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig

---@class awsjobs.sagemaker.CreateTransformJobResponse
---@field TransformJobArn string The Amazon Resource Name (ARN) of the transform job.

---@class awsjobs.sagemaker.CreateTrialComponentRequest
---@field TrialComponentName string The name of the component.
---@field DisplayName? string The name of the component as displayed.
---@field Status? awsjobs.sagemaker.TrialComponentStatus The status of the component.
---@field StartTime? awsjobs.Timestamp When the component started.
---@field EndTime? awsjobs.Timestamp When the component ended.
---@field Parameters? table<string, awsjobs.sagemaker.TrialComponentParameterValue> The hyperparameters for the component.
---@field InputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The input artifacts for the component.
---@field OutputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The output artifacts for the component.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to associate with the component.

---@class awsjobs.sagemaker.CreateTrialComponentResponse
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.

---@class awsjobs.sagemaker.CreateTrialRequest
---@field TrialName string The name of the trial.
---@field DisplayName? string The name of the trial as displayed.
---@field ExperimentName string The name of the experiment to associate the trial with.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags to associate with the trial.

---@class awsjobs.sagemaker.CreateTrialResponse
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.

---@class awsjobs.sagemaker.CreateUserProfileRequest
---@field DomainId string The ID of the associated Domain.
---@field UserProfileName string A name for the UserProfile.
---@field SingleSignOnUserIdentifier? string A specifier for the type of value specified in SingleSignOnUserValue.
---@field SingleSignOnUserValue? string The username of the associated Amazon Web Services Single Sign-On User for this UserProfile.
---@field Tags? awsjobs.sagemaker.Tag[] Each tag consists of a key and an optional value.
---@field UserSettings? awsjobs.sagemaker.UserSettings A collection of settings.

---@class awsjobs.sagemaker.CreateUserProfileResponse
---@field UserProfileArn? string The user profile Amazon Resource Name (ARN).

---@class awsjobs.sagemaker.CreateWorkforceRequest
---@field CognitoConfig? awsjobs.sagemaker.CognitoConfig Use this parameter to configure an Amazon Cognito private workforce.
---@field OidcConfig? awsjobs.sagemaker.OidcConfig Use this parameter to configure a private workforce using your own OIDC Identity Provider.
---@field SourceIpConfig? awsjobs.sagemaker.SourceIpConfig
---@field WorkforceName string The name of the private workforce.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs that contain metadata to help you categorize and organize our workforce.
---@field WorkforceVpcConfig? awsjobs.sagemaker.WorkforceVpcConfigRequest Use this parameter to configure a workforce using VPC.
---@field IpAddressType? awsjobs.sagemaker.WorkforceIpAddressType Use this parameter to specify whether you want IPv4 only or dualstack (IPv4 and IPv6) to support your labeling workforce.

---@class awsjobs.sagemaker.CreateWorkforceResponse
---@field WorkforceArn string The Amazon Resource Name (ARN) of the workforce.

---@class awsjobs.sagemaker.CreateWorkteamRequest
---@field WorkteamName string The name of the work team.
---@field WorkforceName? string The name of the workforce.
---@field MemberDefinitions awsjobs.sagemaker.MemberDefinition[] A list of MemberDefinition objects that contains objects that identify the workers that make up the work team.
---@field Description string A description of the work team.
---@field NotificationConfiguration? awsjobs.sagemaker.NotificationConfiguration Configures notification of workers regarding available or expiring work items.
---@field WorkerAccessConfiguration? awsjobs.sagemaker.WorkerAccessConfiguration Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address using supported IAM global condition keys.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---@class awsjobs.sagemaker.CreateWorkteamResponse
---@field WorkteamArn? string The Amazon Resource Name (ARN) of the work team.

---A file system, created by you, that you assign to a user profile or space for an Amazon SageMaker AI Domain.
---@class awsjobs.sagemaker.CustomFileSystem
---@field EFSFileSystem? awsjobs.sagemaker.EFSFileSystem A custom file system in Amazon EFS.
---@field FSxLustreFileSystem? awsjobs.sagemaker.FSxLustreFileSystem A custom file system in Amazon FSx for Lustre.
---@field S3FileSystem? awsjobs.sagemaker.S3FileSystem A custom file system in Amazon S3.

---The settings for assigning a custom file system to a user profile or space for an Amazon SageMaker AI Domain.
---@class awsjobs.sagemaker.CustomFileSystemConfig
---@field EFSFileSystemConfig? awsjobs.sagemaker.EFSFileSystemConfig The settings for a custom Amazon EFS file system.
---@field FSxLustreFileSystemConfig? awsjobs.sagemaker.FSxLustreFileSystemConfig The settings for a custom Amazon FSx for Lustre file system.
---@field S3FileSystemConfig? awsjobs.sagemaker.S3FileSystemConfig Configuration settings for a custom Amazon S3 file system.

---A custom SageMaker AI image.
---@class awsjobs.sagemaker.CustomImage
---@field ImageName string The name of the CustomImage.
---@field ImageVersionNumber? integer The version number of the CustomImage.
---@field AppImageConfigName string The name of the AppImageConfig.

---Details about the POSIX identity that is used for file system operations.
---@class awsjobs.sagemaker.CustomPosixUserConfig
---@field Uid integer The POSIX user ID.
---@field Gid integer The POSIX group ID.

---A customized metric.
---@class awsjobs.sagemaker.CustomizedMetricSpecification
---@field MetricName? string The name of the customized metric.
---@field Namespace? string The namespace of the customized metric.
---@field Statistic? awsjobs.sagemaker.Statistic The statistic of the customized metric.

---Configuration to control how SageMaker AI captures inference data.
---@class awsjobs.sagemaker.DataCaptureConfig
---@field EnableCapture? boolean Whether data capture should be enabled or disabled (defaults to enabled).
---@field InitialSamplingPercentage integer The percentage of requests SageMaker AI will capture.
---@field DestinationS3Uri string The Amazon S3 location used to capture the data.
---@field KmsKeyId? string The Amazon Resource Name (ARN) of an Key Management Service key that SageMaker AI uses to encrypt the captured data at rest using Amazon S3 server-side...
---@field CaptureOptions awsjobs.sagemaker.CaptureOption[] Specifies data Model Monitor will capture.
---@field CaptureContentTypeHeader? awsjobs.sagemaker.CaptureContentTypeHeader Configuration specifying how to treat different headers.

---The currently active data capture configuration used by your Endpoint.
---@class awsjobs.sagemaker.DataCaptureConfigSummary
---@field EnableCapture boolean Whether data capture is enabled or disabled.
---@field CaptureStatus awsjobs.sagemaker.CaptureStatus Whether data capture is currently functional.
---@field CurrentSamplingPercentage integer The percentage of requests being captured by your Endpoint.
---@field DestinationS3Uri string The Amazon S3 location being used to capture the data.
---@field KmsKeyId string The KMS key being used to encrypt the data in Amazon S3.

---The meta data of the Glue table which serves as data catalog for the OfflineStore.
---@class awsjobs.sagemaker.DataCatalogConfig
---@field TableName string The name of the Glue table.
---@field Catalog string The name of the Glue table catalog.
---@field Database string The name of the Glue table database.

---The data structure used to specify the data to be used for inference in a batch transform job and to associate the data that is relevant to the prediction results in the output.
---@class awsjobs.sagemaker.DataProcessing
---@field InputFilter? string A JSONPath expression used to select a portion of the input data to pass to the algorithm.
---@field OutputFilter? string A JSONPath expression used to select a portion of the joined dataset to save in the output file for a batch transform job.
---@field JoinSource? awsjobs.sagemaker.JoinSource Specifies the source of the data to join with the transformed data.

---Information about the container that a data quality monitoring job runs.
---@class awsjobs.sagemaker.DataQualityAppSpecification
---@field ImageUri string The container image that the data quality monitoring job runs.
---@field ContainerEntrypoint? string[] The entrypoint for a container used to run a monitoring job.
---@field ContainerArguments? string[] The arguments to send to the container that the monitoring job runs.
---@field RecordPreprocessorSourceUri? string An Amazon S3 URI to a script that is called per row prior to running analysis.
---@field PostAnalyticsProcessorSourceUri? string An Amazon S3 URI to a script that is called after analysis has been performed.
---@field Environment? table<string, string> Sets the environment variables in the container that the monitoring job runs.

---Configuration for monitoring constraints and monitoring statistics.
---@class awsjobs.sagemaker.DataQualityBaselineConfig
---@field BaseliningJobName? string The name of the job that performs baselining for the data quality monitoring job.
---@field ConstraintsResource? awsjobs.sagemaker.MonitoringConstraintsResource
---@field StatisticsResource? awsjobs.sagemaker.MonitoringStatisticsResource

---The input for the data quality monitoring job.
---@class awsjobs.sagemaker.DataQualityJobInput
---@field EndpointInput? awsjobs.sagemaker.EndpointInput
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput Input object for the batch transform job.

---Describes the location of the channel data.
---@class awsjobs.sagemaker.DataSource
---@field S3DataSource? awsjobs.sagemaker.S3DataSource The S3 location of the data source that is associated with a channel.
---@field FileSystemDataSource? awsjobs.sagemaker.FileSystemDataSource The file system that is associated with a channel.
---@field DatasetSource? awsjobs.sagemaker.DatasetSource The dataset resource that's associated with a channel.

---Configuration for Dataset Definition inputs.
---@class awsjobs.sagemaker.DatasetDefinition
---@field AthenaDatasetDefinition? awsjobs.sagemaker.AthenaDatasetDefinition
---@field RedshiftDatasetDefinition? awsjobs.sagemaker.RedshiftDatasetDefinition
---@field LocalPath? string The local path where you want Amazon SageMaker to download the Dataset Definition inputs to run a processing job.
---@field DataDistributionType? awsjobs.sagemaker.DataDistributionType Whether the generated dataset is FullyReplicated or ShardedByS3Key (default).
---@field InputMode? awsjobs.sagemaker.InputMode Whether to use File or Pipe input mode.

---Specifies a dataset source for a channel.
---@class awsjobs.sagemaker.DatasetSource
---@field DatasetArn string The Amazon Resource Name (ARN) of the dataset resource.

---Configuration information for the Amazon SageMaker Debugger hook parameters, metric and tensor collections, and storage paths.
---@class awsjobs.sagemaker.DebugHookConfig
---@field LocalPath? string Path to local storage location for metrics and tensors.
---@field S3OutputPath string Path to Amazon S3 storage location for metrics and tensors.
---@field HookParameters? table<string, string> Configuration information for the Amazon SageMaker Debugger hook parameters.
---@field CollectionConfigurations? awsjobs.sagemaker.CollectionConfiguration[] Configuration information for Amazon SageMaker Debugger tensor collections.

---Configuration information for SageMaker Debugger rules for debugging.
---@class awsjobs.sagemaker.DebugRuleConfiguration
---@field RuleConfigurationName string The name of the rule configuration.
---@field LocalPath? string Path to local storage location for output of rules.
---@field S3OutputPath? string Path to Amazon S3 storage location for rules.
---@field RuleEvaluatorImage string The Amazon Elastic Container (ECR) Image for the managed rule evaluation.
---@field InstanceType? awsjobs.sagemaker.ProcessingInstanceType The instance type to deploy a custom rule for debugging a training job.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume attached to the processing instance.
---@field RuleParameters? table<string, string> Runtime configuration for rule container.

---Information about the status of the rule evaluation.
---@class awsjobs.sagemaker.DebugRuleEvaluationStatus
---@field RuleConfigurationName? string The name of the rule configuration.
---@field RuleEvaluationJobArn? string The Amazon Resource Name (ARN) of the rule evaluation job.
---@field RuleEvaluationStatus? awsjobs.sagemaker.RuleEvaluationStatus Status of the rule evaluation.
---@field StatusDetails? string Details from the rule evaluation.
---@field LastModifiedTime? awsjobs.Timestamp Timestamp when the rule evaluation status was last modified.

---A collection of default EBS storage settings that apply to spaces created within a domain or user profile.
---@class awsjobs.sagemaker.DefaultEbsStorageSettings
---@field DefaultEbsVolumeSizeInGb integer The default size of the EBS storage volume for a space.
---@field MaximumEbsVolumeSizeInGb integer The maximum size of the EBS storage volume for a space.

---The default settings for shared spaces that users create in the domain.
---@class awsjobs.sagemaker.DefaultSpaceSettings
---@field ExecutionRole? string The ARN of the execution role for the space.
---@field SecurityGroups? string[] The security group IDs for the Amazon VPC that the space uses for communication.
---@field JupyterServerAppSettings? awsjobs.sagemaker.JupyterServerAppSettings
---@field KernelGatewayAppSettings? awsjobs.sagemaker.KernelGatewayAppSettings
---@field JupyterLabAppSettings? awsjobs.sagemaker.JupyterLabAppSettings
---@field SpaceStorageSettings? awsjobs.sagemaker.DefaultSpaceStorageSettings
---@field CustomPosixUserConfig? awsjobs.sagemaker.CustomPosixUserConfig
---@field CustomFileSystemConfigs? awsjobs.sagemaker.CustomFileSystemConfig[] The settings for assigning a custom file system to a domain.

---The default storage settings for a space.
---@class awsjobs.sagemaker.DefaultSpaceStorageSettings
---@field DefaultEbsStorageSettings? awsjobs.sagemaker.DefaultEbsStorageSettings The default EBS storage settings for a space.

---@class awsjobs.sagemaker.DeleteAIBenchmarkJobRequest
---@field AIBenchmarkJobName string The name of the AI benchmark job to delete.

---@class awsjobs.sagemaker.DeleteAIBenchmarkJobResponse
---@field AIBenchmarkJobArn? string The Amazon Resource Name (ARN) of the deleted benchmark job.

---@class awsjobs.sagemaker.DeleteAIRecommendationJobRequest
---@field AIRecommendationJobName string The name of the AI recommendation job to delete.

---@class awsjobs.sagemaker.DeleteAIRecommendationJobResponse
---@field AIRecommendationJobArn? string The Amazon Resource Name (ARN) of the deleted recommendation job.

---@class awsjobs.sagemaker.DeleteAIWorkloadConfigRequest
---@field AIWorkloadConfigName string The name of the AI workload configuration to delete.

---@class awsjobs.sagemaker.DeleteAIWorkloadConfigResponse
---@field AIWorkloadConfigArn? string The Amazon Resource Name (ARN) of the deleted AI workload configuration.

---@class awsjobs.sagemaker.DeleteActionRequest
---@field ActionName string The name of the action to delete.

---@class awsjobs.sagemaker.DeleteActionResponse
---@field ActionArn? string The Amazon Resource Name (ARN) of the action.

---@class awsjobs.sagemaker.DeleteAlgorithmInput
---@field AlgorithmName string The name of the algorithm to delete.

---@class awsjobs.sagemaker.DeleteAppImageConfigRequest
---@field AppImageConfigName string The name of the AppImageConfig to delete.

---@class awsjobs.sagemaker.DeleteAppRequest
---@field DomainId string The domain ID.
---@field UserProfileName? string The user profile name.
---@field SpaceName? string The name of the space.
---@field AppType awsjobs.sagemaker.AppType The type of app.
---@field AppName string The name of the app.

---@class awsjobs.sagemaker.DeleteArtifactRequest
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact to delete.
---@field Source? awsjobs.sagemaker.ArtifactSource The URI of the source.

---@class awsjobs.sagemaker.DeleteArtifactResponse
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact.

---@class awsjobs.sagemaker.DeleteAssociationRequest
---@field SourceArn string The ARN of the source.
---@field DestinationArn string The Amazon Resource Name (ARN) of the destination.

---@class awsjobs.sagemaker.DeleteAssociationResponse
---@field SourceArn? string The ARN of the source.
---@field DestinationArn? string The Amazon Resource Name (ARN) of the destination.

---@class awsjobs.sagemaker.DeleteClusterRequest
---@field ClusterName string The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster to delete.

---@class awsjobs.sagemaker.DeleteClusterResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster to delete.

---@class awsjobs.sagemaker.DeleteClusterSchedulerConfigRequest
---@field ClusterSchedulerConfigId string ID of the cluster policy.

---@class awsjobs.sagemaker.DeleteCodeRepositoryInput
---@field CodeRepositoryName string The name of the Git repository to delete.

---@class awsjobs.sagemaker.DeleteCompilationJobRequest
---@field CompilationJobName string The name of the compilation job to delete.

---@class awsjobs.sagemaker.DeleteComputeQuotaRequest
---@field ComputeQuotaId string ID of the compute allocation definition.

---@class awsjobs.sagemaker.DeleteContextRequest
---@field ContextName string The name of the context to delete.

---@class awsjobs.sagemaker.DeleteContextResponse
---@field ContextArn? string The Amazon Resource Name (ARN) of the context.

---@class awsjobs.sagemaker.DeleteDataQualityJobDefinitionRequest
---@field JobDefinitionName string The name of the data quality monitoring job definition to delete.

---@class awsjobs.sagemaker.DeleteDeviceFleetRequest
---@field DeviceFleetName string The name of the fleet to delete.

---@class awsjobs.sagemaker.DeleteDomainRequest
---@field DomainId string The domain ID.
---@field RetentionPolicy? awsjobs.sagemaker.RetentionPolicy The retention policy for this domain, which specifies whether resources will be retained after the Domain is deleted.

---@class awsjobs.sagemaker.DeleteEdgeDeploymentPlanRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan to delete.

---@class awsjobs.sagemaker.DeleteEdgeDeploymentStageRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan from which the stage will be deleted.
---@field StageName string The name of the stage.

---@class awsjobs.sagemaker.DeleteEndpointConfigInput
---@field EndpointConfigName string The name of the endpoint configuration that you want to delete.

---@class awsjobs.sagemaker.DeleteEndpointInput
---@field EndpointName string The name of the endpoint that you want to delete.

---@class awsjobs.sagemaker.DeleteExperimentRequest
---@field ExperimentName string The name of the experiment to delete.

---@class awsjobs.sagemaker.DeleteExperimentResponse
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment that is being deleted.

---@class awsjobs.sagemaker.DeleteFeatureGroupRequest
---@field FeatureGroupName string The name of the FeatureGroup you want to delete.

---@class awsjobs.sagemaker.DeleteFlowDefinitionRequest
---@field FlowDefinitionName string The name of the flow definition you are deleting.

---@class awsjobs.sagemaker.DeleteFlowDefinitionResponse

---@class awsjobs.sagemaker.DeleteHubContentReferenceRequest
---@field HubName string The name of the hub to delete the hub content reference from.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content reference to delete.
---@field HubContentName string The name of the hub content to delete.

---@class awsjobs.sagemaker.DeleteHubContentRequest
---@field HubName string The name of the hub that you want to delete content in.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of content that you want to delete from a hub.
---@field HubContentName string The name of the content that you want to delete from a hub.
---@field HubContentVersion string The version of the content that you want to delete from a hub.

---@class awsjobs.sagemaker.DeleteHubRequest
---@field HubName string The name of the hub to delete.

---@class awsjobs.sagemaker.DeleteHumanTaskUiRequest
---@field HumanTaskUiName string The name of the human task user interface (work task template) you want to delete.

---@class awsjobs.sagemaker.DeleteHumanTaskUiResponse

---@class awsjobs.sagemaker.DeleteHyperParameterTuningJobRequest
---@field HyperParameterTuningJobName string The name of the hyperparameter tuning job that you want to delete.

---@class awsjobs.sagemaker.DeleteImageRequest
---@field ImageName string The name of the image to delete.

---@class awsjobs.sagemaker.DeleteImageResponse

---@class awsjobs.sagemaker.DeleteImageVersionRequest
---@field ImageName string The name of the image to delete.
---@field Version? integer The version to delete.
---@field Alias? string The alias of the image to delete.

---@class awsjobs.sagemaker.DeleteImageVersionResponse

---@class awsjobs.sagemaker.DeleteInferenceComponentInput
---@field InferenceComponentName string The name of the inference component to delete.

---@class awsjobs.sagemaker.DeleteInferenceExperimentRequest
---@field Name string The name of the inference experiment you want to delete.

---@class awsjobs.sagemaker.DeleteInferenceExperimentResponse
---@field InferenceExperimentArn string The ARN of the deleted inference experiment.

---@class awsjobs.sagemaker.DeleteMlflowAppRequest
---@field Arn string The ARN of the MLflow App to delete.

---@class awsjobs.sagemaker.DeleteMlflowAppResponse
---@field Arn? string The ARN of the deleted MLflow App.

---@class awsjobs.sagemaker.DeleteMlflowTrackingServerRequest
---@field TrackingServerName string The name of the the tracking server to delete.

---@class awsjobs.sagemaker.DeleteMlflowTrackingServerResponse
---@field TrackingServerArn? string A TrackingServerArn object, the ARN of the tracking server that is deleted if successfully found.

---@class awsjobs.sagemaker.DeleteModelBiasJobDefinitionRequest
---@field JobDefinitionName string The name of the model bias job definition to delete.

---@class awsjobs.sagemaker.DeleteModelCardRequest
---@field ModelCardName string The name of the model card to delete.

---@class awsjobs.sagemaker.DeleteModelExplainabilityJobDefinitionRequest
---@field JobDefinitionName string The name of the model explainability job definition to delete.

---@class awsjobs.sagemaker.DeleteModelInput
---@field ModelName string The name of the model to delete.

---@class awsjobs.sagemaker.DeleteModelPackageGroupInput
---@field ModelPackageGroupName string The name of the model group to delete.

---@class awsjobs.sagemaker.DeleteModelPackageGroupPolicyInput
---@field ModelPackageGroupName string The name of the model group for which to delete the policy.

---@class awsjobs.sagemaker.DeleteModelPackageInput
---@field ModelPackageName string The name or Amazon Resource Name (ARN) of the model package to delete.

---@class awsjobs.sagemaker.DeleteModelQualityJobDefinitionRequest
---@field JobDefinitionName string The name of the model quality monitoring job definition to delete.

---@class awsjobs.sagemaker.DeleteMonitoringScheduleRequest
---@field MonitoringScheduleName string The name of the monitoring schedule to delete.

---@class awsjobs.sagemaker.DeleteNotebookInstanceInput
---@field NotebookInstanceName string The name of the SageMaker AI notebook instance to delete.

---@class awsjobs.sagemaker.DeleteNotebookInstanceLifecycleConfigInput
---@field NotebookInstanceLifecycleConfigName string The name of the lifecycle configuration to delete.

---@class awsjobs.sagemaker.DeleteOptimizationJobRequest
---@field OptimizationJobName string The name that you assigned to the optimization job.

---@class awsjobs.sagemaker.DeletePartnerAppRequest
---@field Arn string The ARN of the SageMaker Partner AI App to delete.
---@field ClientToken? string A unique token that guarantees that the call to this API is idempotent.

---@class awsjobs.sagemaker.DeletePartnerAppResponse
---@field Arn? string The ARN of the SageMaker Partner AI App that was deleted.

---@class awsjobs.sagemaker.DeletePipelineRequest
---@field PipelineName string The name of the pipeline to delete.
---@field ClientRequestToken string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.

---@class awsjobs.sagemaker.DeletePipelineResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline to delete.

---@class awsjobs.sagemaker.DeleteProcessingJobRequest
---@field ProcessingJobName string The name of the processing job to delete.

---@class awsjobs.sagemaker.DeleteProjectInput
---@field ProjectName string The name of the project to delete.

---@class awsjobs.sagemaker.DeleteSpaceRequest
---@field DomainId string The ID of the associated domain.
---@field SpaceName string The name of the space.

---@class awsjobs.sagemaker.DeleteStudioLifecycleConfigRequest
---@field StudioLifecycleConfigName string The name of the Amazon SageMaker AI Studio Lifecycle Configuration to delete.

---@class awsjobs.sagemaker.DeleteTagsInput
---@field ResourceArn string The Amazon Resource Name (ARN) of the resource whose tags you want to delete.
---@field TagKeys string[] An array or one or more tag keys to delete.

---@class awsjobs.sagemaker.DeleteTagsOutput

---@class awsjobs.sagemaker.DeleteTrainingJobRequest
---@field TrainingJobName string The name of the training job to delete.

---@class awsjobs.sagemaker.DeleteTrialComponentRequest
---@field TrialComponentName string The name of the component to delete.

---@class awsjobs.sagemaker.DeleteTrialComponentResponse
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the component is being deleted.

---@class awsjobs.sagemaker.DeleteTrialRequest
---@field TrialName string The name of the trial to delete.

---@class awsjobs.sagemaker.DeleteTrialResponse
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial that is being deleted.

---@class awsjobs.sagemaker.DeleteUserProfileRequest
---@field DomainId string The domain ID.
---@field UserProfileName string The user profile name.

---@class awsjobs.sagemaker.DeleteWorkforceRequest
---@field WorkforceName string The name of the workforce.

---@class awsjobs.sagemaker.DeleteWorkforceResponse

---@class awsjobs.sagemaker.DeleteWorkteamRequest
---@field WorkteamName string The name of the work team to delete.

---@class awsjobs.sagemaker.DeleteWorkteamResponse
---@field Success boolean Returns true if the work team was successfully deleted; otherwise, returns false.

---Gets the Amazon EC2 Container Registry path of the docker image of the model that is hosted in this ProductionVariant.
---@class awsjobs.sagemaker.DeployedImage
---@field SpecifiedImage? string The image path you specified when you created the model.
---@field ResolvedImage? string The specific digest path of the image hosted in this ProductionVariant.
---@field ResolutionTime? awsjobs.Timestamp The date and time when the image path for the model resolved to the ResolvedImage

---The deployment configuration for an endpoint, which contains the desired deployment strategy and rollback configurations.
---@class awsjobs.sagemaker.DeploymentConfig
---@field BlueGreenUpdatePolicy? awsjobs.sagemaker.BlueGreenUpdatePolicy Update policy for a blue/green deployment.
---@field RollingUpdatePolicy? awsjobs.sagemaker.RollingUpdatePolicy Specifies a rolling deployment strategy for updating a SageMaker endpoint.
---@field AutoRollbackConfiguration? awsjobs.sagemaker.AutoRollbackConfig Automatic rollback configuration for handling endpoint deployment failures and recovery.

---The configuration to use when updating the AMI versions.
---@class awsjobs.sagemaker.DeploymentConfiguration
---@field RollingUpdatePolicy? awsjobs.sagemaker.RollingDeploymentPolicy The policy that SageMaker uses when updating the AMI versions of the cluster.
---@field WaitIntervalInSeconds? integer The duration in seconds that SageMaker waits before updating more instances in the cluster.
---@field AutoRollbackConfiguration? awsjobs.sagemaker.AlarmDetails[] An array that contains the alarms that SageMaker monitors to know whether to roll back the AMI update.

---A set of recommended deployment configurations for the model.
---@class awsjobs.sagemaker.DeploymentRecommendation
---@field RecommendationStatus awsjobs.sagemaker.RecommendationStatus Status of the deployment recommendation.
---@field RealTimeInferenceRecommendations? awsjobs.sagemaker.RealTimeInferenceRecommendation[] A list of RealTimeInferenceRecommendation items.

---Contains information about a stage in an edge deployment plan.
---@class awsjobs.sagemaker.DeploymentStage
---@field StageName string The name of the stage.
---@field DeviceSelectionConfig awsjobs.sagemaker.DeviceSelectionConfig Configuration of the devices in the stage.
---@field DeploymentConfig? awsjobs.sagemaker.EdgeDeploymentConfig Configuration of the deployment details.

---Contains information summarizing the deployment stage results.
---@class awsjobs.sagemaker.DeploymentStageStatusSummary
---@field StageName string The name of the stage.
---@field DeviceSelectionConfig awsjobs.sagemaker.DeviceSelectionConfig Configuration of the devices in the stage.
---@field DeploymentConfig awsjobs.sagemaker.EdgeDeploymentConfig Configuration of the deployment details.
---@field DeploymentStatus awsjobs.sagemaker.EdgeDeploymentStatus General status of the current state.

---@class awsjobs.sagemaker.DeregisterDevicesRequest
---@field DeviceFleetName string The name of the fleet the devices belong to.
---@field DeviceNames string[] The unique IDs of the devices.

---Information that SageMaker Neo automatically derived about the model.
---@class awsjobs.sagemaker.DerivedInformation
---@field DerivedDataInputConfig? string The data input configuration that SageMaker Neo automatically derived for the model.

---@class awsjobs.sagemaker.DescribeAIBenchmarkJobRequest
---@field AIBenchmarkJobName string The name of the AI benchmark job to describe.

---@class awsjobs.sagemaker.DescribeAIBenchmarkJobResponse
---@field AIBenchmarkJobName string The name of the AI benchmark job.
---@field AIBenchmarkJobArn string The Amazon Resource Name (ARN) of the AI benchmark job.
---@field AIBenchmarkJobStatus awsjobs.sagemaker.AIBenchmarkJobStatus The status of the AI benchmark job.
---@field FailureReason? string If the benchmark job failed, the reason it failed.
---@field BenchmarkTarget awsjobs.sagemaker.AIBenchmarkTarget The target endpoint that was benchmarked.
---@field OutputConfig awsjobs.sagemaker.AIBenchmarkOutputResult The output configuration for the benchmark job, including the Amazon S3 output location and CloudWatch log information.
---@field AIWorkloadConfigIdentifier string The name or Amazon Resource Name (ARN) of the AI workload configuration used for this benchmark job.
---@field RoleArn string The Amazon Resource Name (ARN) of the IAM role used by the benchmark job.
---@field NetworkConfig? awsjobs.sagemaker.AIBenchmarkNetworkConfig The network configuration for the benchmark job.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the benchmark job was created.
---@field StartTime? awsjobs.Timestamp A timestamp that indicates when the benchmark job started running.
---@field EndTime? awsjobs.Timestamp A timestamp that indicates when the benchmark job completed.
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with the benchmark job.

---@class awsjobs.sagemaker.DescribeAIRecommendationJobRequest
---@field AIRecommendationJobName string The name of the AI recommendation job to describe.

---@class awsjobs.sagemaker.DescribeAIRecommendationJobResponse
---@field AIRecommendationJobName string The name of the AI recommendation job.
---@field AIRecommendationJobArn string The Amazon Resource Name (ARN) of the AI recommendation job.
---@field AIRecommendationJobStatus awsjobs.sagemaker.AIRecommendationJobStatus The status of the AI recommendation job.
---@field FailureReason? string If the recommendation job failed, the reason it failed.
---@field ModelSource awsjobs.sagemaker.AIModelSource The source of the model that was analyzed.
---@field OutputConfig awsjobs.sagemaker.AIRecommendationOutputResult The output configuration for the recommendation job.
---@field InferenceSpecification? awsjobs.sagemaker.AIRecommendationInferenceSpecification The inference framework configuration.
---@field AIWorkloadConfigIdentifier string The name or Amazon Resource Name (ARN) of the AI workload configuration used for this recommendation job.
---@field OptimizeModel? boolean Whether model optimization techniques were allowed.
---@field PerformanceTarget? awsjobs.sagemaker.AIRecommendationPerformanceTarget The performance targets specified for the recommendation job.
---@field Recommendations? awsjobs.sagemaker.AIRecommendation[] The list of optimization recommendations generated by the job.
---@field RoleArn string The Amazon Resource Name (ARN) of the IAM role used by the recommendation job.
---@field ComputeSpec? awsjobs.sagemaker.AIRecommendationComputeSpec The compute resource specification for the recommendation job.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the recommendation job was created.
---@field StartTime? awsjobs.Timestamp A timestamp that indicates when the recommendation job started running.
---@field EndTime? awsjobs.Timestamp A timestamp that indicates when the recommendation job completed.
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with the recommendation job.

---@class awsjobs.sagemaker.DescribeAIWorkloadConfigRequest
---@field AIWorkloadConfigName string The name of the AI workload configuration to describe.

---@class awsjobs.sagemaker.DescribeAIWorkloadConfigResponse
---@field AIWorkloadConfigName string The name of the AI workload configuration.
---@field AIWorkloadConfigArn string The Amazon Resource Name (ARN) of the AI workload configuration.
---@field DatasetConfig? awsjobs.sagemaker.AIDatasetConfig The dataset configuration for the workload.
---@field AIWorkloadConfigs? awsjobs.sagemaker.AIWorkloadConfigs The benchmark tool configuration and workload specification.
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with the AI workload configuration.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the AI workload configuration was created.

---@class awsjobs.sagemaker.DescribeActionRequest
---@field ActionName string The name of the action to describe.

---@class awsjobs.sagemaker.DescribeActionResponse
---@field ActionName? string The name of the action.
---@field ActionArn? string The Amazon Resource Name (ARN) of the action.
---@field Source? awsjobs.sagemaker.ActionSource The source of the action.
---@field ActionType? string The type of the action.
---@field Description? string The description of the action.
---@field Status? awsjobs.sagemaker.ActionStatus The status of the action.
---@field Properties? table<string, string> A list of the action's properties.
---@field CreationTime? awsjobs.Timestamp When the action was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp When the action was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.

---@class awsjobs.sagemaker.DescribeAlgorithmInput
---@field AlgorithmName string The name of the algorithm to describe.

---@class awsjobs.sagemaker.DescribeAlgorithmOutput
---@field AlgorithmName string The name of the algorithm being described.
---@field AlgorithmArn string The Amazon Resource Name (ARN) of the algorithm.
---@field AlgorithmDescription? string A brief summary about the algorithm.
---@field CreationTime awsjobs.Timestamp A timestamp specifying when the algorithm was created.
---@field TrainingSpecification awsjobs.sagemaker.TrainingSpecification Details about training jobs run by this algorithm.
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Details about inference jobs that the algorithm runs.
---@field ValidationSpecification? awsjobs.sagemaker.AlgorithmValidationSpecification Details about configurations for one or more training jobs that SageMaker runs to test the algorithm.
---@field AlgorithmStatus awsjobs.sagemaker.AlgorithmStatus The current status of the algorithm.
---@field AlgorithmStatusDetails awsjobs.sagemaker.AlgorithmStatusDetails Details about the current status of the algorithm.
---@field ProductId? string The product identifier of the algorithm.
---@field CertifyForMarketplace? boolean Whether the algorithm is certified to be listed in Amazon Web Services Marketplace.

---@class awsjobs.sagemaker.DescribeAppImageConfigRequest
---@field AppImageConfigName string The name of the AppImageConfig to describe.

---@class awsjobs.sagemaker.DescribeAppImageConfigResponse
---@field AppImageConfigArn? string The ARN of the AppImageConfig.
---@field AppImageConfigName? string The name of the AppImageConfig.
---@field CreationTime? awsjobs.Timestamp When the AppImageConfig was created.
---@field LastModifiedTime? awsjobs.Timestamp When the AppImageConfig was last modified.
---@field KernelGatewayImageConfig? awsjobs.sagemaker.KernelGatewayImageConfig The configuration of a KernelGateway app.
---@field JupyterLabAppImageConfig? awsjobs.sagemaker.JupyterLabAppImageConfig The configuration of the JupyterLab app.
---@field CodeEditorAppImageConfig? awsjobs.sagemaker.CodeEditorAppImageConfig The configuration of the Code Editor app.

---@class awsjobs.sagemaker.DescribeAppRequest
---@field DomainId string The domain ID.
---@field UserProfileName? string The user profile name.
---@field SpaceName? string The name of the space.
---@field AppType awsjobs.sagemaker.AppType The type of app.
---@field AppName string The name of the app.

---@class awsjobs.sagemaker.DescribeAppResponse
---@field AppArn? string The Amazon Resource Name (ARN) of the app.
---@field AppType? awsjobs.sagemaker.AppType The type of app.
---@field AppName? string The name of the app.
---@field DomainId? string The domain ID.
---@field UserProfileName? string The user profile name.
---@field SpaceName? string The name of the space.
---@field Status? awsjobs.sagemaker.AppStatus The status.
---@field EffectiveTrustedIdentityPropagationStatus? awsjobs.sagemaker.FeatureStatus The effective status of Trusted Identity Propagation (TIP) for this application.
---@field RecoveryMode? boolean Indicates whether the application is launched in recovery mode.
---@field LastHealthCheckTimestamp? awsjobs.Timestamp The timestamp of the last health check.
---@field LastUserActivityTimestamp? awsjobs.Timestamp The timestamp of the last user's activity.
---@field CreationTime? awsjobs.Timestamp The creation time of the application.
---@field FailureReason? string The failure reason.
---@field ResourceSpec? awsjobs.sagemaker.ResourceSpec The instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the instance.
---@field BuiltInLifecycleConfigArn? string The lifecycle configuration that runs before the default lifecycle configuration

---@class awsjobs.sagemaker.DescribeArtifactRequest
---@field ArtifactArn string The Amazon Resource Name (ARN) of the artifact to describe.

---@class awsjobs.sagemaker.DescribeArtifactResponse
---@field ArtifactName? string The name of the artifact.
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact.
---@field Source? awsjobs.sagemaker.ArtifactSource The source of the artifact.
---@field ArtifactType? string The type of the artifact.
---@field Properties? table<string, string> A list of the artifact's properties.
---@field CreationTime? awsjobs.Timestamp When the artifact was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp When the artifact was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.

---@class awsjobs.sagemaker.DescribeAutoMLJobRequest
---@field AutoMLJobName string Requests information about an AutoML job using its unique name.

---@class awsjobs.sagemaker.DescribeAutoMLJobResponse
---@field AutoMLJobName string Returns the name of the AutoML job.
---@field AutoMLJobArn string Returns the ARN of the AutoML job.
---@field InputDataConfig awsjobs.sagemaker.AutoMLChannel[] Returns the input data configuration for the AutoML job.
---@field OutputDataConfig awsjobs.sagemaker.AutoMLOutputDataConfig Returns the job's output data config.
---@field RoleArn string The ARN of the IAM role that has read permission to the input data location and write permission to the output data location in Amazon S3.
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective Returns the job's objective.
---@field ProblemType? awsjobs.sagemaker.ProblemType Returns the job's problem type.
---@field AutoMLJobConfig? awsjobs.sagemaker.AutoMLJobConfig Returns the configuration for the AutoML job.
---@field CreationTime awsjobs.Timestamp Returns the creation time of the AutoML job.
---@field EndTime? awsjobs.Timestamp Returns the end time of the AutoML job.
---@field LastModifiedTime awsjobs.Timestamp Returns the job's last modified time.
---@field FailureReason? string Returns the failure reason for an AutoML job, when applicable.
---@field PartialFailureReasons? awsjobs.sagemaker.AutoMLPartialFailureReason[] Returns a list of reasons for partial failures within an AutoML job.
---@field BestCandidate? awsjobs.sagemaker.AutoMLCandidate The best model candidate selected by SageMaker AI Autopilot using both the best objective metric and lowest InferenceLatency for an experiment.
---@field AutoMLJobStatus awsjobs.sagemaker.AutoMLJobStatus Returns the status of the AutoML job.
---@field AutoMLJobSecondaryStatus awsjobs.sagemaker.AutoMLJobSecondaryStatus Returns the secondary status of the AutoML job.
---@field GenerateCandidateDefinitionsOnly? boolean Indicates whether the output for an AutoML job generates candidate definitions only.
---@field AutoMLJobArtifacts? awsjobs.sagemaker.AutoMLJobArtifacts Returns information on the job's artifacts found in AutoMLJobArtifacts.
---@field ResolvedAttributes? awsjobs.sagemaker.ResolvedAttributes Contains ProblemType, AutoMLJobObjective, and CompletionCriteria.
---@field ModelDeployConfig? awsjobs.sagemaker.ModelDeployConfig Indicates whether the model was deployed automatically to an endpoint and the name of that endpoint if deployed automatically.
---@field ModelDeployResult? awsjobs.sagemaker.ModelDeployResult Provides information about endpoint for the model deployment.

---@class awsjobs.sagemaker.DescribeAutoMLJobV2Request
---@field AutoMLJobName string Requests information about an AutoML job V2 using its unique name.

---@class awsjobs.sagemaker.DescribeAutoMLJobV2Response
---@field AutoMLJobName string Returns the name of the AutoML job V2.
---@field AutoMLJobArn string Returns the Amazon Resource Name (ARN) of the AutoML job V2.
---@field AutoMLJobInputDataConfig awsjobs.sagemaker.AutoMLJobChannel[] Returns an array of channel objects describing the input data and their location.
---@field OutputDataConfig awsjobs.sagemaker.AutoMLOutputDataConfig Returns the job's output data config.
---@field RoleArn string The ARN of the IAM role that has read permission to the input data location and write permission to the output data location in Amazon S3.
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective Returns the job's objective.
---@field AutoMLProblemTypeConfig? awsjobs.sagemaker.AutoMLProblemTypeConfig Returns the configuration settings of the problem type set for the AutoML job V2.
---@field AutoMLProblemTypeConfigName? awsjobs.sagemaker.AutoMLProblemTypeConfigName Returns the name of the problem type configuration set for the AutoML job V2.
---@field CreationTime awsjobs.Timestamp Returns the creation time of the AutoML job V2.
---@field EndTime? awsjobs.Timestamp Returns the end time of the AutoML job V2.
---@field LastModifiedTime awsjobs.Timestamp Returns the job's last modified time.
---@field FailureReason? string Returns the reason for the failure of the AutoML job V2, when applicable.
---@field PartialFailureReasons? awsjobs.sagemaker.AutoMLPartialFailureReason[] Returns a list of reasons for partial failures within an AutoML job V2.
---@field BestCandidate? awsjobs.sagemaker.AutoMLCandidate Information about the candidate produced by an AutoML training job V2, including its status, steps, and other properties.
---@field AutoMLJobStatus awsjobs.sagemaker.AutoMLJobStatus Returns the status of the AutoML job V2.
---@field AutoMLJobSecondaryStatus awsjobs.sagemaker.AutoMLJobSecondaryStatus Returns the secondary status of the AutoML job V2.
---@field AutoMLJobArtifacts? awsjobs.sagemaker.AutoMLJobArtifacts
---@field ResolvedAttributes? awsjobs.sagemaker.AutoMLResolvedAttributes Returns the resolved attributes used by the AutoML job V2.
---@field ModelDeployConfig? awsjobs.sagemaker.ModelDeployConfig Indicates whether the model was deployed automatically to an endpoint and the name of that endpoint if deployed automatically.
---@field ModelDeployResult? awsjobs.sagemaker.ModelDeployResult Provides information about endpoint for the model deployment.
---@field DataSplitConfig? awsjobs.sagemaker.AutoMLDataSplitConfig Returns the configuration settings of how the data are split into train and validation datasets.
---@field SecurityConfig? awsjobs.sagemaker.AutoMLSecurityConfig Returns the security configuration for traffic encryption or Amazon VPC settings.
---@field AutoMLComputeConfig? awsjobs.sagemaker.AutoMLComputeConfig The compute configuration used for the AutoML job V2.

---@class awsjobs.sagemaker.DescribeClusterEventRequest
---@field EventId string The unique identifier (UUID) of the event to describe.
---@field ClusterName string The name or Amazon Resource Name (ARN) of the HyperPod cluster associated with the event.

---@class awsjobs.sagemaker.DescribeClusterEventResponse
---@field EventDetails? awsjobs.sagemaker.ClusterEventDetail Detailed information about the requested cluster event, including event metadata for various resource types such as Cluster, InstanceGroup, Instance, and...

---@class awsjobs.sagemaker.DescribeClusterNodeRequest
---@field ClusterName string The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster in which the node is.
---@field NodeId? string The ID of the SageMaker HyperPod cluster node.
---@field NodeLogicalId? string The logical identifier of the node to describe.

---@class awsjobs.sagemaker.DescribeClusterNodeResponse
---@field NodeDetails awsjobs.sagemaker.ClusterNodeDetails The details of the SageMaker HyperPod cluster node.

---@class awsjobs.sagemaker.DescribeClusterRequest
---@field ClusterName string The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.

---@class awsjobs.sagemaker.DescribeClusterResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.
---@field ClusterName? string The name of the SageMaker HyperPod cluster.
---@field ClusterStatus awsjobs.sagemaker.ClusterStatus The status of the SageMaker HyperPod cluster.
---@field CreationTime? awsjobs.Timestamp The time when the SageMaker Cluster is created.
---@field FailureMessage? string The failure message of the SageMaker HyperPod cluster.
---@field InstanceGroups awsjobs.sagemaker.ClusterInstanceGroupDetails[] The instance groups of the SageMaker HyperPod cluster.
---@field RestrictedInstanceGroups? awsjobs.sagemaker.ClusterRestrictedInstanceGroupDetails[] The specialized instance groups for training models like Amazon Nova to be created in the SageMaker HyperPod cluster.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig
---@field Orchestrator? awsjobs.sagemaker.ClusterOrchestrator The type of orchestrator used for the SageMaker HyperPod cluster.
---@field TieredStorageConfig? awsjobs.sagemaker.ClusterTieredStorageConfig The current configuration for managed tier checkpointing on the HyperPod cluster.
---@field NodeRecovery? awsjobs.sagemaker.ClusterNodeRecovery The node recovery mode configured for the SageMaker HyperPod cluster.
---@field NodeProvisioningMode? awsjobs.sagemaker.ClusterNodeProvisioningMode The mode used for provisioning nodes in the cluster.
---@field ClusterRole? string The Amazon Resource Name (ARN) of the IAM role that HyperPod uses for cluster autoscaling operations.
---@field AutoScaling? awsjobs.sagemaker.ClusterAutoScalingConfigOutput The current autoscaling configuration and status for the autoscaler.

---@class awsjobs.sagemaker.DescribeClusterSchedulerConfigRequest
---@field ClusterSchedulerConfigId string ID of the cluster policy.
---@field ClusterSchedulerConfigVersion? integer Version of the cluster policy.

---@class awsjobs.sagemaker.DescribeClusterSchedulerConfigResponse
---@field ClusterSchedulerConfigArn string ARN of the cluster policy.
---@field ClusterSchedulerConfigId string ID of the cluster policy.
---@field Name string Name of the cluster policy.
---@field ClusterSchedulerConfigVersion integer Version of the cluster policy.
---@field Status awsjobs.sagemaker.SchedulerResourceStatus Status of the cluster policy.
---@field FailureReason? string Failure reason of the cluster policy.
---@field StatusDetails? table<awsjobs.sagemaker.SchedulerConfigComponent, awsjobs.sagemaker.SchedulerResourceStatus> Additional details about the status of the cluster policy.
---@field ClusterArn? string ARN of the cluster where the cluster policy is applied.
---@field SchedulerConfig? awsjobs.sagemaker.SchedulerConfig Cluster policy configuration.
---@field Description? string Description of the cluster policy.
---@field CreationTime awsjobs.Timestamp Creation time of the cluster policy.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp Last modified time of the cluster policy.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext

---@class awsjobs.sagemaker.DescribeCodeRepositoryInput
---@field CodeRepositoryName string The name of the Git repository to describe.

---@class awsjobs.sagemaker.DescribeCodeRepositoryOutput
---@field CodeRepositoryName string The name of the Git repository.
---@field CodeRepositoryArn string The Amazon Resource Name (ARN) of the Git repository.
---@field CreationTime awsjobs.Timestamp The date and time that the repository was created.
---@field LastModifiedTime awsjobs.Timestamp The date and time that the repository was last changed.
---@field GitConfig? awsjobs.sagemaker.GitConfig Configuration details about the repository, including the URL where the repository is located, the default branch, and the Amazon Resource Name (ARN) of the...

---@class awsjobs.sagemaker.DescribeCompilationJobRequest
---@field CompilationJobName string The name of the model compilation job that you want information about.

---@class awsjobs.sagemaker.DescribeCompilationJobResponse
---@field CompilationJobName string The name of the model compilation job.
---@field CompilationJobArn string The Amazon Resource Name (ARN) of the model compilation job.
---@field CompilationJobStatus awsjobs.sagemaker.CompilationJobStatus The status of the model compilation job.
---@field CompilationStartTime? awsjobs.Timestamp The time when the model compilation job started the CompilationJob instances.
---@field CompilationEndTime? awsjobs.Timestamp The time when the model compilation job on a compilation job instance ended.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model compilation job can run.
---@field InferenceImage? string The inference image to use when compiling a model.
---@field ModelPackageVersionArn? string The Amazon Resource Name (ARN) of the versioned model package that was provided to SageMaker Neo when you initiated a compilation job.
---@field CreationTime awsjobs.Timestamp The time that the model compilation job was created.
---@field LastModifiedTime awsjobs.Timestamp The time that the status of the model compilation job was last modified.
---@field FailureReason string If a model compilation job failed, the reason it failed.
---@field ModelArtifacts awsjobs.sagemaker.ModelArtifacts Information about the location in Amazon S3 that has been configured for storing the model artifacts used in the compilation job.
---@field ModelDigests? awsjobs.sagemaker.ModelDigests Provides a BLAKE2 hash value that identifies the compiled model artifacts in Amazon S3.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI assumes to perform the model compilation job.
---@field InputConfig awsjobs.sagemaker.InputConfig Information about the location in Amazon S3 of the input model artifacts, the name and shape of the expected data inputs, and the framework in which the...
---@field OutputConfig awsjobs.sagemaker.OutputConfig Information about the output location for the compiled model and the target device that the model runs on.
---@field VpcConfig? awsjobs.sagemaker.NeoVpcConfig A VpcConfig object that specifies the VPC that you want your compilation job to connect to.
---@field DerivedInformation? awsjobs.sagemaker.DerivedInformation Information that SageMaker Neo automatically derived about the model.

---@class awsjobs.sagemaker.DescribeComputeQuotaRequest
---@field ComputeQuotaId string ID of the compute allocation definition.
---@field ComputeQuotaVersion? integer Version of the compute allocation definition.

---@class awsjobs.sagemaker.DescribeComputeQuotaResponse
---@field ComputeQuotaArn string ARN of the compute allocation definition.
---@field ComputeQuotaId string ID of the compute allocation definition.
---@field Name string Name of the compute allocation definition.
---@field Description? string Description of the compute allocation definition.
---@field ComputeQuotaVersion integer Version of the compute allocation definition.
---@field Status awsjobs.sagemaker.SchedulerResourceStatus Status of the compute allocation definition.
---@field FailureReason? string Failure reason of the compute allocation definition.
---@field ClusterArn? string ARN of the cluster.
---@field ComputeQuotaConfig? awsjobs.sagemaker.ComputeQuotaConfig Configuration of the compute allocation definition.
---@field ComputeQuotaTarget awsjobs.sagemaker.ComputeQuotaTarget The target entity to allocate compute resources to.
---@field ActivationState? awsjobs.sagemaker.ActivationState The state of the compute allocation being described.
---@field CreationTime awsjobs.Timestamp Creation time of the compute allocation configuration.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp Last modified time of the compute allocation configuration.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext

---@class awsjobs.sagemaker.DescribeContextRequest
---@field ContextName string The name of the context to describe.

---@class awsjobs.sagemaker.DescribeContextResponse
---@field ContextName? string The name of the context.
---@field ContextArn? string The Amazon Resource Name (ARN) of the context.
---@field Source? awsjobs.sagemaker.ContextSource The source of the context.
---@field ContextType? string The type of the context.
---@field Description? string The description of the context.
---@field Properties? table<string, string> A list of the context's properties.
---@field CreationTime? awsjobs.Timestamp When the context was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp When the context was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.

---@class awsjobs.sagemaker.DescribeDataQualityJobDefinitionRequest
---@field JobDefinitionName string The name of the data quality monitoring job definition to describe.

---@class awsjobs.sagemaker.DescribeDataQualityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the data quality monitoring job definition.
---@field JobDefinitionName string The name of the data quality monitoring job definition.
---@field CreationTime awsjobs.Timestamp The time that the data quality monitoring job definition was created.
---@field DataQualityBaselineConfig? awsjobs.sagemaker.DataQualityBaselineConfig The constraints and baselines for the data quality monitoring job definition.
---@field DataQualityAppSpecification awsjobs.sagemaker.DataQualityAppSpecification Information about the container that runs the data quality monitoring job.
---@field DataQualityJobInput awsjobs.sagemaker.DataQualityJobInput The list of inputs for the data quality monitoring job.
---@field DataQualityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig The networking configuration for the data quality monitoring job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition

---@class awsjobs.sagemaker.DescribeDeviceFleetRequest
---@field DeviceFleetName string The name of the fleet.

---@class awsjobs.sagemaker.DescribeDeviceFleetResponse
---@field DeviceFleetName string The name of the fleet.
---@field DeviceFleetArn string The The Amazon Resource Name (ARN) of the fleet.
---@field OutputConfig awsjobs.sagemaker.EdgeOutputConfig The output configuration for storing sampled data.
---@field Description? string A description of the fleet.
---@field CreationTime awsjobs.Timestamp Timestamp of when the device fleet was created.
---@field LastModifiedTime awsjobs.Timestamp Timestamp of when the device fleet was last updated.
---@field RoleArn? string The Amazon Resource Name (ARN) that has access to Amazon Web Services Internet of Things (IoT).
---@field IotRoleAlias? string The Amazon Resource Name (ARN) alias created in Amazon Web Services Internet of Things (IoT).

---@class awsjobs.sagemaker.DescribeDeviceRequest
---@field NextToken? string Next token of device description.
---@field DeviceName string The unique ID of the device.
---@field DeviceFleetName string The name of the fleet the devices belong to.

---@class awsjobs.sagemaker.DescribeDeviceResponse
---@field DeviceArn? string The Amazon Resource Name (ARN) of the device.
---@field DeviceName string The unique identifier of the device.
---@field Description? string A description of the device.
---@field DeviceFleetName string The name of the fleet the device belongs to.
---@field IotThingName? string The Amazon Web Services Internet of Things (IoT) object thing name associated with the device.
---@field RegistrationTime awsjobs.Timestamp The timestamp of the last registration or de-reregistration.
---@field LatestHeartbeat? awsjobs.Timestamp The last heartbeat received from the device.
---@field Models? awsjobs.sagemaker.EdgeModel[] Models on the device.
---@field MaxModels? integer The maximum number of models.
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field AgentVersion? string Edge Manager agent version.

---@class awsjobs.sagemaker.DescribeDomainRequest
---@field DomainId string The domain ID.

---@class awsjobs.sagemaker.DescribeDomainResponse
---@field DomainArn? string The domain's Amazon Resource Name (ARN).
---@field DomainId? string The domain ID.
---@field DomainName? string The domain name.
---@field HomeEfsFileSystemId? string The ID of the Amazon Elastic File System managed by this Domain.
---@field SingleSignOnManagedApplicationInstanceId? string The IAM Identity Center managed application instance ID.
---@field SingleSignOnApplicationArn? string The ARN of the application managed by SageMaker AI in IAM Identity Center.
---@field Status? awsjobs.sagemaker.DomainStatus The status.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.
---@field FailureReason? string The failure reason.
---@field SecurityGroupIdForDomainBoundary? string The ID of the security group that authorizes traffic between the RSessionGateway apps and the RStudioServerPro app.
---@field AuthMode? awsjobs.sagemaker.AuthMode The domain's authentication mode.
---@field DefaultUserSettings? awsjobs.sagemaker.UserSettings Settings which are applied to UserProfiles in this domain if settings are not explicitly specified in a given UserProfile.
---@field DomainSettings? awsjobs.sagemaker.DomainSettings A collection of Domain settings.
---@field AppNetworkAccessType? awsjobs.sagemaker.AppNetworkAccessType Specifies the VPC used for non-EFS traffic.
---@field HomeEfsFileSystemKmsKeyId? string Use KmsKeyId.
---@field SubnetIds? string[] The VPC subnets that the domain uses for communication.
---@field Url? string The domain's URL.
---@field VpcId? string The ID of the Amazon Virtual Private Cloud (VPC) that the domain uses for communication.
---@field KmsKeyId? string The Amazon Web Services KMS customer managed key used to encrypt the EFS volume attached to the domain.
---@field AppSecurityGroupManagement? awsjobs.sagemaker.AppSecurityGroupManagement The entity that creates and manages the required security groups for inter-app communication in VPCOnly mode.
---@field TagPropagation? awsjobs.sagemaker.TagPropagation Indicates whether custom tag propagation is supported for the domain.
---@field DefaultSpaceSettings? awsjobs.sagemaker.DefaultSpaceSettings The default settings for shared spaces that users create in the domain.

---@class awsjobs.sagemaker.DescribeEdgeDeploymentPlanRequest
---@field EdgeDeploymentPlanName string The name of the deployment plan to describe.
---@field NextToken? string If the edge deployment plan has enough stages to require tokening, then this is the response from the last list of stages returned.
---@field MaxResults? integer The maximum number of results to select (50 by default).

---@class awsjobs.sagemaker.DescribeEdgeDeploymentPlanResponse
---@field EdgeDeploymentPlanArn string The ARN of edge deployment plan.
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field ModelConfigs awsjobs.sagemaker.EdgeDeploymentModelConfig[] List of models associated with the edge deployment plan.
---@field DeviceFleetName string The device fleet used for this edge deployment plan.
---@field EdgeDeploymentSuccess? integer The number of edge devices with the successful deployment.
---@field EdgeDeploymentPending? integer The number of edge devices yet to pick up deployment, or in progress.
---@field EdgeDeploymentFailed? integer The number of edge devices that failed the deployment.
---@field Stages awsjobs.sagemaker.DeploymentStageStatusSummary[] List of stages in the edge deployment plan.
---@field NextToken? string Token to use when calling the next set of stages in the edge deployment plan.
---@field CreationTime? awsjobs.Timestamp The time when the edge deployment plan was created.
---@field LastModifiedTime? awsjobs.Timestamp The time when the edge deployment plan was last updated.

---@class awsjobs.sagemaker.DescribeEdgePackagingJobRequest
---@field EdgePackagingJobName string The name of the edge packaging job.

---@class awsjobs.sagemaker.DescribeEdgePackagingJobResponse
---@field EdgePackagingJobArn string The Amazon Resource Name (ARN) of the edge packaging job.
---@field EdgePackagingJobName string The name of the edge packaging job.
---@field CompilationJobName? string The name of the SageMaker Neo compilation job that is used to locate model artifacts that are being packaged.
---@field ModelName? string The name of the model.
---@field ModelVersion? string The version of the model.
---@field RoleArn? string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to download and upload the model, and to contact Neo.
---@field OutputConfig? awsjobs.sagemaker.EdgeOutputConfig The output configuration for the edge packaging job.
---@field ResourceKey? string The Amazon Web Services KMS key to use when encrypting the EBS volume the job run on.
---@field EdgePackagingJobStatus awsjobs.sagemaker.EdgePackagingJobStatus The current status of the packaging job.
---@field EdgePackagingJobStatusMessage? string Returns a message describing the job status and error messages.
---@field CreationTime? awsjobs.Timestamp The timestamp of when the packaging job was created.
---@field LastModifiedTime? awsjobs.Timestamp The timestamp of when the job was last updated.
---@field ModelArtifact? string The Amazon Simple Storage (S3) URI where model artifacts ares stored.
---@field ModelSignature? string The signature document of files in the model artifact.
---@field PresetDeploymentOutput? awsjobs.sagemaker.EdgePresetDeploymentOutput The output of a SageMaker Edge Manager deployable resource.

---@class awsjobs.sagemaker.DescribeEndpointConfigInput
---@field EndpointConfigName string The name of the endpoint configuration.

---@class awsjobs.sagemaker.DescribeEndpointConfigOutput
---@field EndpointConfigName string Name of the SageMaker endpoint configuration.
---@field EndpointConfigArn string The Amazon Resource Name (ARN) of the endpoint configuration.
---@field ProductionVariants awsjobs.sagemaker.ProductionVariant[] An array of ProductionVariant objects, one for each model that you want to host at this endpoint.
---@field DataCaptureConfig? awsjobs.sagemaker.DataCaptureConfig
---@field KmsKeyId? string Amazon Web Services KMS key ID Amazon SageMaker uses to encrypt data when storing it on the ML storage volume attached to the instance.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the endpoint configuration was created.
---@field AsyncInferenceConfig? awsjobs.sagemaker.AsyncInferenceConfig Returns the description of an endpoint configuration created using the CreateEndpointConfig API.
---@field ExplainerConfig? awsjobs.sagemaker.ExplainerConfig The configuration parameters for an explainer.
---@field ShadowProductionVariants? awsjobs.sagemaker.ProductionVariant[] An array of ProductionVariant objects, one for each model that you want to host at this endpoint in shadow mode with production traffic replicated from the...
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of the IAM role that you assigned to the endpoint configuration.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig
---@field EnableNetworkIsolation? boolean Indicates whether all model containers deployed to the endpoint are isolated.
---@field MetricsConfig? awsjobs.sagemaker.MetricsConfig The configuration parameters for utilization metrics.

---@class awsjobs.sagemaker.DescribeEndpointInput
---@field EndpointName string The name of the endpoint.

---@class awsjobs.sagemaker.DescribeEndpointOutput
---@field EndpointName string Name of the endpoint.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.
---@field EndpointConfigName? string The name of the endpoint configuration associated with this endpoint.
---@field ProductionVariants? awsjobs.sagemaker.ProductionVariantSummary[] An array of ProductionVariantSummary objects, one for each model hosted behind this endpoint.
---@field DataCaptureConfig? awsjobs.sagemaker.DataCaptureConfigSummary
---@field EndpointStatus awsjobs.sagemaker.EndpointStatus The status of the endpoint.
---@field FailureReason? string If the status of the endpoint is Failed, the reason why it failed.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the endpoint was created.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that shows when the endpoint was last modified.
---@field LastDeploymentConfig? awsjobs.sagemaker.DeploymentConfig The most recent deployment configuration for the endpoint.
---@field AsyncInferenceConfig? awsjobs.sagemaker.AsyncInferenceConfig Returns the description of an endpoint configuration created using the CreateEndpointConfig API.
---@field PendingDeploymentSummary? awsjobs.sagemaker.PendingDeploymentSummary Returns the summary of an in-progress deployment.
---@field ExplainerConfig? awsjobs.sagemaker.ExplainerConfig The configuration parameters for an explainer.
---@field ShadowProductionVariants? awsjobs.sagemaker.ProductionVariantSummary[] An array of ProductionVariantSummary objects, one for each model that you want to host at this endpoint in shadow mode with production traffic replicated...
---@field MetricsConfig? awsjobs.sagemaker.MetricsConfig The configuration parameters for utilization metrics.

---@class awsjobs.sagemaker.DescribeExperimentRequest
---@field ExperimentName string The name of the experiment to describe.

---@class awsjobs.sagemaker.DescribeExperimentResponse
---@field ExperimentName? string The name of the experiment.
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment.
---@field DisplayName? string The name of the experiment as displayed.
---@field Source? awsjobs.sagemaker.ExperimentSource The Amazon Resource Name (ARN) of the source and, optionally, the type.
---@field Description? string The description of the experiment.
---@field CreationTime? awsjobs.Timestamp When the experiment was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the experiment.
---@field LastModifiedTime? awsjobs.Timestamp When the experiment was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext Who last modified the experiment.

---@class awsjobs.sagemaker.DescribeFeatureGroupRequest
---@field FeatureGroupName string The name or Amazon Resource Name (ARN) of the FeatureGroup you want described.
---@field NextToken? string A token to resume pagination of the list of Features (FeatureDefinitions). 2,500 Features are returned by default.

---@class awsjobs.sagemaker.DescribeFeatureGroupResponse
---@field FeatureGroupArn string The Amazon Resource Name (ARN) of the FeatureGroup.
---@field FeatureGroupName string he name of the FeatureGroup.
---@field RecordIdentifierFeatureName string The name of the Feature used for RecordIdentifier, whose value uniquely identifies a record stored in the feature store.
---@field EventTimeFeatureName string The name of the feature that stores the EventTime of a Record in a FeatureGroup.
---@field FeatureDefinitions awsjobs.sagemaker.FeatureDefinition[] A list of the Features in the FeatureGroup.
---@field CreationTime awsjobs.Timestamp A timestamp indicating when SageMaker created the FeatureGroup.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp indicating when the feature group was last updated.
---@field OnlineStoreConfig? awsjobs.sagemaker.OnlineStoreConfig The configuration for the OnlineStore.
---@field OfflineStoreConfig? awsjobs.sagemaker.OfflineStoreConfig The configuration of the offline store.
---@field ThroughputConfig? awsjobs.sagemaker.ThroughputConfigDescription
---@field RoleArn? string The Amazon Resource Name (ARN) of the IAM execution role used to persist data into the OfflineStore if an OfflineStoreConfig is provided.
---@field FeatureGroupStatus? awsjobs.sagemaker.FeatureGroupStatus The status of the feature group.
---@field OfflineStoreStatus? awsjobs.sagemaker.OfflineStoreStatus The status of the OfflineStore.
---@field LastUpdateStatus? awsjobs.sagemaker.LastUpdateStatus A value indicating whether the update made to the feature group was successful.
---@field FailureReason? string The reason that the FeatureGroup failed to be replicated in the OfflineStore.
---@field Description? string A free form description of the feature group.
---@field NextToken string A token to resume pagination of the list of Features (FeatureDefinitions).
---@field OnlineStoreTotalSizeBytes? integer The size of the OnlineStore in bytes.

---@class awsjobs.sagemaker.DescribeFeatureMetadataRequest
---@field FeatureGroupName string The name or Amazon Resource Name (ARN) of the feature group containing the feature.
---@field FeatureName string The name of the feature.

---@class awsjobs.sagemaker.DescribeFeatureMetadataResponse
---@field FeatureGroupArn string The Amazon Resource Number (ARN) of the feature group that contains the feature.
---@field FeatureGroupName string The name of the feature group that you've specified.
---@field FeatureName string The name of the feature that you've specified.
---@field FeatureType awsjobs.sagemaker.FeatureType The data type of the feature.
---@field CreationTime awsjobs.Timestamp A timestamp indicating when the feature was created.
---@field LastModifiedTime awsjobs.Timestamp A timestamp indicating when the metadata for the feature group was modified.
---@field Description? string The description you added to describe the feature.
---@field Parameters? awsjobs.sagemaker.FeatureParameter[] The key-value pairs that you added to describe the feature.

---@class awsjobs.sagemaker.DescribeFlowDefinitionRequest
---@field FlowDefinitionName string The name of the flow definition.

---@class awsjobs.sagemaker.DescribeFlowDefinitionResponse
---@field FlowDefinitionArn string The Amazon Resource Name (ARN) of the flow defintion.
---@field FlowDefinitionName string The Amazon Resource Name (ARN) of the flow definition.
---@field FlowDefinitionStatus awsjobs.sagemaker.FlowDefinitionStatus The status of the flow definition.
---@field CreationTime awsjobs.Timestamp The timestamp when the flow definition was created.
---@field HumanLoopRequestSource? awsjobs.sagemaker.HumanLoopRequestSource Container for configuring the source of human task requests.
---@field HumanLoopActivationConfig? awsjobs.sagemaker.HumanLoopActivationConfig An object containing information about what triggers a human review workflow.
---@field HumanLoopConfig? awsjobs.sagemaker.HumanLoopConfig An object containing information about who works on the task, the workforce task price, and other task details.
---@field OutputConfig awsjobs.sagemaker.FlowDefinitionOutputConfig An object containing information about the output file.
---@field RoleArn string The Amazon Resource Name (ARN) of the Amazon Web Services Identity and Access Management (IAM) execution role for the flow definition.
---@field FailureReason? string The reason your flow definition failed.

---@class awsjobs.sagemaker.DescribeHubContentRequest
---@field HubName string The name of the hub that contains the content to describe.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of content in the hub.
---@field HubContentName string The name of the content to describe.
---@field HubContentVersion? string The version of the content to describe.

---@class awsjobs.sagemaker.DescribeHubContentResponse
---@field HubContentName string The name of the hub content.
---@field HubContentArn string The Amazon Resource Name (ARN) of the hub content.
---@field HubContentVersion string The version of the hub content.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content.
---@field DocumentSchemaVersion string The document schema version for the hub content.
---@field HubName string The name of the hub that contains the content.
---@field HubArn string The Amazon Resource Name (ARN) of the hub that contains the content.
---@field HubContentDisplayName? string The display name of the hub content.
---@field HubContentDescription? string A description of the hub content.
---@field HubContentMarkdown? string A string that provides a description of the hub content.
---@field HubContentDocument string The hub content document that describes information about the hub content such as type, associated containers, scripts, and more.
---@field SageMakerPublicHubContentArn? string The ARN of the public hub content.
---@field ReferenceMinVersion? string The minimum version of the hub content.
---@field SupportStatus? awsjobs.sagemaker.HubContentSupportStatus The support status of the hub content.
---@field HubContentSearchKeywords? string[] The searchable keywords for the hub content.
---@field HubContentDependencies? awsjobs.sagemaker.HubContentDependency[] The location of any dependencies that the hub content has, such as scripts, model artifacts, datasets, or notebooks.
---@field HubContentStatus awsjobs.sagemaker.HubContentStatus The status of the hub content.
---@field FailureReason? string The failure reason if importing hub content failed.
---@field CreationTime awsjobs.Timestamp The date and time that hub content was created.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time of the hub content.

---@class awsjobs.sagemaker.DescribeHubRequest
---@field HubName string The name of the hub to describe.

---@class awsjobs.sagemaker.DescribeHubResponse
---@field HubName string The name of the hub.
---@field HubArn string The Amazon Resource Name (ARN) of the hub.
---@field HubDisplayName? string The display name of the hub.
---@field HubDescription? string A description of the hub.
---@field HubSearchKeywords? string[] The searchable keywords for the hub.
---@field S3StorageConfig? awsjobs.sagemaker.HubS3StorageConfig The Amazon S3 storage configuration for the hub.
---@field HubStatus awsjobs.sagemaker.HubStatus The status of the hub.
---@field FailureReason? string The failure reason if importing hub content failed.
---@field CreationTime awsjobs.Timestamp The date and time that the hub was created.
---@field LastModifiedTime awsjobs.Timestamp The date and time that the hub was last modified.

---@class awsjobs.sagemaker.DescribeHumanTaskUiRequest
---@field HumanTaskUiName string The name of the human task user interface (worker task template) you want information about.

---@class awsjobs.sagemaker.DescribeHumanTaskUiResponse
---@field HumanTaskUiArn string The Amazon Resource Name (ARN) of the human task user interface (worker task template).
---@field HumanTaskUiName string The name of the human task user interface (worker task template).
---@field HumanTaskUiStatus? awsjobs.sagemaker.HumanTaskUiStatus The status of the human task user interface (worker task template).
---@field CreationTime awsjobs.Timestamp The timestamp when the human task user interface was created.
---@field UiTemplate awsjobs.sagemaker.UiTemplateInfo

---@class awsjobs.sagemaker.DescribeHyperParameterTuningJobRequest
---@field HyperParameterTuningJobName string The name of the tuning job.

---@class awsjobs.sagemaker.DescribeHyperParameterTuningJobResponse
---@field HyperParameterTuningJobName string The name of the hyperparameter tuning job.
---@field HyperParameterTuningJobArn string The Amazon Resource Name (ARN) of the tuning job.
---@field HyperParameterTuningJobConfig awsjobs.sagemaker.HyperParameterTuningJobConfig The HyperParameterTuningJobConfig object that specifies the configuration of the tuning job.
---@field TrainingJobDefinition? awsjobs.sagemaker.HyperParameterTrainingJobDefinition The HyperParameterTrainingJobDefinition object that specifies the definition of the training jobs that this tuning job launches.
---@field TrainingJobDefinitions? awsjobs.sagemaker.HyperParameterTrainingJobDefinition[] A list of the HyperParameterTrainingJobDefinition objects launched for this tuning job.
---@field HyperParameterTuningJobStatus awsjobs.sagemaker.HyperParameterTuningJobStatus The status of the tuning job.
---@field CreationTime awsjobs.Timestamp The date and time that the tuning job started.
---@field HyperParameterTuningEndTime? awsjobs.Timestamp The date and time that the tuning job ended.
---@field LastModifiedTime? awsjobs.Timestamp The date and time that the status of the tuning job was modified.
---@field TrainingJobStatusCounters awsjobs.sagemaker.TrainingJobStatusCounters The TrainingJobStatusCounters object that specifies the number of training jobs, categorized by status, that this tuning job launched.
---@field ObjectiveStatusCounters awsjobs.sagemaker.ObjectiveStatusCounters The ObjectiveStatusCounters object that specifies the number of training jobs, categorized by the status of their final objective metric, that this tuning...
---@field BestTrainingJob? awsjobs.sagemaker.HyperParameterTrainingJobSummary A TrainingJobSummary object that describes the training job that completed with the best current HyperParameterTuningJobObjective.
---@field OverallBestTrainingJob? awsjobs.sagemaker.HyperParameterTrainingJobSummary If the hyperparameter tuning job is an warm start tuning job with a WarmStartType of IDENTICAL_DATA_AND_ALGORITHM, this is the TrainingJobSummary for the...
---@field WarmStartConfig? awsjobs.sagemaker.HyperParameterTuningJobWarmStartConfig The configuration for starting the hyperparameter parameter tuning job using one or more previous tuning jobs as a starting point.
---@field Autotune? awsjobs.sagemaker.Autotune A flag to indicate if autotune is enabled for the hyperparameter tuning job.
---@field FailureReason? string If the tuning job failed, the reason it failed.
---@field TuningJobCompletionDetails? awsjobs.sagemaker.HyperParameterTuningJobCompletionDetails Tuning job completion information returned as the response from a hyperparameter tuning job.
---@field ConsumedResources? awsjobs.sagemaker.HyperParameterTuningJobConsumedResources

---@class awsjobs.sagemaker.DescribeImageRequest
---@field ImageName string The name of the image to describe.

---@class awsjobs.sagemaker.DescribeImageResponse
---@field CreationTime? awsjobs.Timestamp When the image was created.
---@field Description? string The description of the image.
---@field DisplayName? string The name of the image as displayed.
---@field FailureReason? string When a create, update, or delete operation fails, the reason for the failure.
---@field ImageArn? string The ARN of the image.
---@field ImageName? string The name of the image.
---@field ImageStatus? awsjobs.sagemaker.ImageStatus The status of the image.
---@field LastModifiedTime? awsjobs.Timestamp When the image was last modified.
---@field RoleArn? string The ARN of the IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.

---@class awsjobs.sagemaker.DescribeImageVersionRequest
---@field ImageName string The name of the image.
---@field Version? integer The version of the image.
---@field Alias? string The alias of the image version.

---@class awsjobs.sagemaker.DescribeImageVersionResponse
---@field BaseImage? string The registry path of the container image on which this image version is based.
---@field ContainerImage? string The registry path of the container image that contains this image version.
---@field CreationTime? awsjobs.Timestamp When the version was created.
---@field FailureReason? string When a create or delete operation fails, the reason for the failure.
---@field ImageArn? string The ARN of the image the version is based on.
---@field ImageVersionArn? string The ARN of the version.
---@field ImageVersionStatus? awsjobs.sagemaker.ImageVersionStatus The status of the version.
---@field LastModifiedTime? awsjobs.Timestamp When the version was last modified.
---@field Version? integer The version number.
---@field VendorGuidance? awsjobs.sagemaker.VendorGuidance The stability of the image version specified by the maintainer.
---@field JobType? awsjobs.sagemaker.JobType Indicates SageMaker AI job type compatibility.
---@field MLFramework? string The machine learning framework vended in the image version.
---@field ProgrammingLang? string The supported programming language and its version.
---@field Processor? awsjobs.sagemaker.Processor Indicates CPU or GPU compatibility.
---@field Horovod? boolean Indicates Horovod compatibility.
---@field ReleaseNotes? string The maintainer description of the image version.

---@class awsjobs.sagemaker.DescribeInferenceComponentInput
---@field InferenceComponentName string The name of the inference component.

---@class awsjobs.sagemaker.DescribeInferenceComponentOutput
---@field InferenceComponentName string The name of the inference component.
---@field InferenceComponentArn string The Amazon Resource Name (ARN) of the inference component.
---@field EndpointName string The name of the endpoint that hosts the inference component.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint that hosts the inference component.
---@field VariantName? string The name of the production variant that hosts the inference component.
---@field FailureReason? string If the inference component status is Failed, the reason for the failure.
---@field Specification? awsjobs.sagemaker.InferenceComponentSpecificationSummary Details about the resources that are deployed with this inference component.
---@field Specifications? awsjobs.sagemaker.InferenceComponentSpecificationSummary[] A list of specification summaries for the inference component, one per instance type.
---@field RuntimeConfig? awsjobs.sagemaker.InferenceComponentRuntimeConfigSummary Details about the runtime settings for the model that is deployed with the inference component.
---@field CreationTime awsjobs.Timestamp The time when the inference component was created.
---@field LastModifiedTime awsjobs.Timestamp The time when the inference component was last updated.
---@field InferenceComponentStatus? awsjobs.sagemaker.InferenceComponentStatus The status of the inference component.
---@field LastDeploymentConfig? awsjobs.sagemaker.InferenceComponentDeploymentConfig The deployment and rollback settings that you assigned to the inference component.

---@class awsjobs.sagemaker.DescribeInferenceExperimentRequest
---@field Name string The name of the inference experiment to describe.

---@class awsjobs.sagemaker.DescribeInferenceExperimentResponse
---@field Arn string The ARN of the inference experiment being described.
---@field Name string The name of the inference experiment.
---@field Type awsjobs.sagemaker.InferenceExperimentType The type of the inference experiment.
---@field Schedule? awsjobs.sagemaker.InferenceExperimentSchedule The duration for which the inference experiment ran or will run.
---@field Status awsjobs.sagemaker.InferenceExperimentStatus The status of the inference experiment.
---@field StatusReason? string The error message or client-specified Reason from the StopInferenceExperiment API, that explains the status of the inference experiment.
---@field Description? string The description of the inference experiment.
---@field CreationTime? awsjobs.Timestamp The timestamp at which you created the inference experiment.
---@field CompletionTime? awsjobs.Timestamp The timestamp at which the inference experiment was completed.
---@field LastModifiedTime? awsjobs.Timestamp The timestamp at which you last modified the inference experiment.
---@field RoleArn? string The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container images, and manage Amazon SageMaker Inference endpoints for...
---@field EndpointMetadata awsjobs.sagemaker.EndpointMetadata The metadata of the endpoint on which the inference experiment ran.
---@field ModelVariants awsjobs.sagemaker.ModelVariantConfigSummary[] An array of ModelVariantConfigSummary objects.
---@field DataStorageConfig? awsjobs.sagemaker.InferenceExperimentDataStorageConfig The Amazon S3 location and configuration for storing inference request and response data.
---@field ShadowModeConfig? awsjobs.sagemaker.ShadowModeConfig The configuration of ShadowMode inference experiment type, which shows the production variant that takes all the inference requests, and the shadow variant...
---@field KmsKey? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to...

---@class awsjobs.sagemaker.DescribeInferenceRecommendationsJobRequest
---@field JobName string The name of the job.

---@class awsjobs.sagemaker.DescribeInferenceRecommendationsJobResponse
---@field JobName string The name of the job.
---@field JobDescription? string The job description that you provided when you initiated the job.
---@field JobType awsjobs.sagemaker.RecommendationJobType The job type that you provided when you initiated the job.
---@field JobArn string The Amazon Resource Name (ARN) of the job.
---@field RoleArn string The Amazon Resource Name (ARN) of the Amazon Web Services Identity and Access Management (IAM) role you provided when you initiated the job.
---@field Status awsjobs.sagemaker.RecommendationJobStatus The status of the job.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the job was created.
---@field CompletionTime? awsjobs.Timestamp A timestamp that shows when the job completed.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that shows when the job was last modified.
---@field FailureReason? string If the job fails, provides information why the job failed.
---@field InputConfig awsjobs.sagemaker.RecommendationJobInputConfig Returns information about the versioned model package Amazon Resource Name (ARN), the traffic pattern, and endpoint configurations you provided when you...
---@field StoppingConditions? awsjobs.sagemaker.RecommendationJobStoppingConditions The stopping conditions that you provided when you initiated the job.
---@field InferenceRecommendations? awsjobs.sagemaker.InferenceRecommendation[] The recommendations made by Inference Recommender.
---@field EndpointPerformances? awsjobs.sagemaker.EndpointPerformance[] The performance results from running an Inference Recommender job on an existing endpoint.

---@class awsjobs.sagemaker.DescribeLabelingJobRequest
---@field LabelingJobName string The name of the labeling job to return information for.

---@class awsjobs.sagemaker.DescribeLabelingJobResponse
---@field LabelingJobStatus awsjobs.sagemaker.LabelingJobStatus The processing status of the labeling job.
---@field LabelCounters awsjobs.sagemaker.LabelCounters Provides a breakdown of the number of data objects labeled by humans, the number of objects labeled by machine, the number of objects than couldn't be...
---@field FailureReason? string If the job failed, the reason that it failed.
---@field CreationTime awsjobs.Timestamp The date and time that the labeling job was created.
---@field LastModifiedTime awsjobs.Timestamp The date and time that the labeling job was last updated.
---@field JobReferenceCode string A unique identifier for work done as part of a labeling job.
---@field LabelingJobName string The name assigned to the labeling job when it was created.
---@field LabelingJobArn string The Amazon Resource Name (ARN) of the labeling job.
---@field LabelAttributeName? string The attribute used as the label in the output manifest file.
---@field InputConfig awsjobs.sagemaker.LabelingJobInputConfig Input configuration information for the labeling job, such as the Amazon S3 location of the data objects and the location of the manifest file that...
---@field OutputConfig awsjobs.sagemaker.LabelingJobOutputConfig The location of the job's output data and the Amazon Web Services Key Management Service key ID for the key used to encrypt the output data, if any.
---@field RoleArn string The Amazon Resource Name (ARN) that SageMaker assumes to perform tasks on your behalf during data labeling.
---@field LabelCategoryConfigS3Uri? string The S3 location of the JSON file that defines the categories used to label data objects.
---@field StoppingConditions? awsjobs.sagemaker.LabelingJobStoppingConditions A set of conditions for stopping a labeling job.
---@field LabelingJobAlgorithmsConfig? awsjobs.sagemaker.LabelingJobAlgorithmsConfig Configuration information for automated data labeling.
---@field HumanTaskConfig awsjobs.sagemaker.HumanTaskConfig Configuration information required for human workers to complete a labeling task.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field LabelingJobOutput? awsjobs.sagemaker.LabelingJobOutput The location of the output produced by the labeling job.

---@class awsjobs.sagemaker.DescribeLineageGroupRequest
---@field LineageGroupName string The name of the lineage group.

---@class awsjobs.sagemaker.DescribeLineageGroupResponse
---@field LineageGroupName? string The name of the lineage group.
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.
---@field DisplayName? string The display name of the lineage group.
---@field Description? string The description of the lineage group.
---@field CreationTime? awsjobs.Timestamp The creation time of lineage group.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp The last modified time of the lineage group.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext

---@class awsjobs.sagemaker.DescribeMlflowAppRequest
---@field Arn string The ARN of the MLflow App for which to get information.

---@class awsjobs.sagemaker.DescribeMlflowAppResponse
---@field Arn? string The ARN of the MLflow App.
---@field Name? string The name of the MLflow App.
---@field ArtifactStoreUri? string The S3 URI of the general purpose bucket used as the MLflow App artifact store.
---@field MlflowVersion? string The MLflow version used.
---@field RoleArn? string The Amazon Resource Name (ARN) for an IAM role in your account that the MLflow App uses to access the artifact store in Amazon S3.
---@field Status? awsjobs.sagemaker.MlflowAppStatus The current creation status of the described MLflow App.
---@field ModelRegistrationMode? awsjobs.sagemaker.ModelRegistrationMode Whether automatic registration of new MLflow models to the SageMaker Model Registry is enabled.
---@field AccountDefaultStatus? awsjobs.sagemaker.AccountDefaultStatus Indicates whether this MLflow app is the default for the entire account.
---@field DefaultDomainIdList? string[] List of SageMaker Domain IDs for which this MLflow App is the default.
---@field CreationTime? awsjobs.Timestamp The timestamp when the MLflow App was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp The timestamp when the MLflow App was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field WeeklyMaintenanceWindowStart? string The day and time of the week when weekly maintenance occurs.
---@field MaintenanceStatus? awsjobs.sagemaker.MaintenanceStatus Current maintenance status of the MLflow App.

---@class awsjobs.sagemaker.DescribeMlflowTrackingServerRequest
---@field TrackingServerName string The name of the MLflow Tracking Server to describe.

---@class awsjobs.sagemaker.DescribeMlflowTrackingServerResponse
---@field TrackingServerArn? string The ARN of the described tracking server.
---@field TrackingServerName? string The name of the described tracking server.
---@field ArtifactStoreUri? string The S3 URI of the general purpose bucket used as the MLflow Tracking Server artifact store.
---@field TrackingServerSize? awsjobs.sagemaker.TrackingServerSize The size of the described tracking server.
---@field MlflowVersion? string The MLflow version used for the described tracking server.
---@field RoleArn? string The Amazon Resource Name (ARN) for an IAM role in your account that the described MLflow Tracking Server uses to access the artifact store in Amazon S3.
---@field TrackingServerStatus? awsjobs.sagemaker.TrackingServerStatus The current creation status of the described MLflow Tracking Server.
---@field TrackingServerMaintenanceStatus? awsjobs.sagemaker.TrackingServerMaintenanceStatus The current maintenance status of the described MLflow Tracking Server.
---@field IsActive? awsjobs.sagemaker.IsTrackingServerActive Whether the described MLflow Tracking Server is currently active.
---@field TrackingServerUrl? string The URL to connect to the MLflow user interface for the described tracking server.
---@field WeeklyMaintenanceWindowStart? string The day and time of the week when weekly maintenance occurs on the described tracking server.
---@field AutomaticModelRegistration? boolean Whether automatic registration of new MLflow models to the SageMaker Model Registry is enabled.
---@field CreationTime? awsjobs.Timestamp The timestamp of when the described MLflow Tracking Server was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp The timestamp of when the described MLflow Tracking Server was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field S3BucketOwnerAccountId? string Expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact storage.
---@field S3BucketOwnerVerification? boolean Whether Amazon S3 Bucket Ownership checks are enabled whenever the tracking server interacts with Amazon Amazon S3.

---@class awsjobs.sagemaker.DescribeModelBiasJobDefinitionRequest
---@field JobDefinitionName string The name of the model bias job definition.

---@class awsjobs.sagemaker.DescribeModelBiasJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model bias job.
---@field JobDefinitionName string The name of the bias job definition.
---@field CreationTime awsjobs.Timestamp The time at which the model bias job was created.
---@field ModelBiasBaselineConfig? awsjobs.sagemaker.ModelBiasBaselineConfig The baseline configuration for a model bias job.
---@field ModelBiasAppSpecification awsjobs.sagemaker.ModelBiasAppSpecification Configures the model bias job to run a specified Docker container image.
---@field ModelBiasJobInput awsjobs.sagemaker.ModelBiasJobInput Inputs for the model bias job.
---@field ModelBiasJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Networking options for a model bias job.
---@field RoleArn string The Amazon Resource Name (ARN) of the IAM role that has read permission to the input data location and write permission to the output data location in...
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition

---@class awsjobs.sagemaker.DescribeModelCardExportJobRequest
---@field ModelCardExportJobArn string The Amazon Resource Name (ARN) of the model card export job to describe.

---@class awsjobs.sagemaker.DescribeModelCardExportJobResponse
---@field ModelCardExportJobName string The name of the model card export job to describe.
---@field ModelCardExportJobArn string The Amazon Resource Name (ARN) of the model card export job.
---@field Status awsjobs.sagemaker.ModelCardExportJobStatus The completion status of the model card export job.
---@field ModelCardName string The name or Amazon Resource Name (ARN) of the model card that the model export job exports.
---@field ModelCardVersion integer The version of the model card that the model export job exports.
---@field OutputConfig awsjobs.sagemaker.ModelCardExportOutputConfig The export output details for the model card.
---@field CreatedAt awsjobs.Timestamp The date and time that the model export job was created.
---@field LastModifiedAt awsjobs.Timestamp The date and time that the model export job was last modified.
---@field FailureReason? string The failure reason if the model export job fails.
---@field ExportArtifacts? awsjobs.sagemaker.ModelCardExportArtifacts The exported model card artifacts.

---@class awsjobs.sagemaker.DescribeModelCardRequest
---@field ModelCardName string The name or Amazon Resource Name (ARN) of the model card to describe.
---@field ModelCardVersion? integer The version of the model card to describe.

---@class awsjobs.sagemaker.DescribeModelCardResponse
---@field ModelCardArn string The Amazon Resource Name (ARN) of the model card.
---@field ModelCardName string The name of the model card.
---@field ModelCardVersion integer The version of the model card.
---@field Content string The content of the model card.
---@field ModelCardStatus awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.
---@field SecurityConfig? awsjobs.sagemaker.ModelCardSecurityConfig The security configuration used to protect model card content.
---@field CreationTime awsjobs.Timestamp The date and time the model card was created.
---@field CreatedBy awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp The date and time the model card was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ModelCardProcessingStatus? awsjobs.sagemaker.ModelCardProcessingStatus The processing status of model card deletion.

---@class awsjobs.sagemaker.DescribeModelExplainabilityJobDefinitionRequest
---@field JobDefinitionName string The name of the model explainability job definition.

---@class awsjobs.sagemaker.DescribeModelExplainabilityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model explainability job.
---@field JobDefinitionName string The name of the explainability job definition.
---@field CreationTime awsjobs.Timestamp The time at which the model explainability job was created.
---@field ModelExplainabilityBaselineConfig? awsjobs.sagemaker.ModelExplainabilityBaselineConfig The baseline configuration for a model explainability job.
---@field ModelExplainabilityAppSpecification awsjobs.sagemaker.ModelExplainabilityAppSpecification Configures the model explainability job to run a specified Docker container image.
---@field ModelExplainabilityJobInput awsjobs.sagemaker.ModelExplainabilityJobInput Inputs for the model explainability job.
---@field ModelExplainabilityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Networking options for a model explainability job.
---@field RoleArn string The Amazon Resource Name (ARN) of the IAM role that has read permission to the input data location and write permission to the output data location in...
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition

---@class awsjobs.sagemaker.DescribeModelInput
---@field ModelName string The name of the model.

---@class awsjobs.sagemaker.DescribeModelOutput
---@field ModelName string Name of the SageMaker model.
---@field PrimaryContainer? awsjobs.sagemaker.ContainerDefinition The location of the primary inference code, associated artifacts, and custom environment map that the inference code uses when it is deployed in production.
---@field Containers? awsjobs.sagemaker.ContainerDefinition[] The containers in the inference pipeline.
---@field InferenceExecutionConfig? awsjobs.sagemaker.InferenceExecutionConfig Specifies details of how containers in a multi-container endpoint are called.
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of the IAM role that you specified for the model.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig A VpcConfig object that specifies the VPC that this model has access to.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the model was created.
---@field ModelArn string The Amazon Resource Name (ARN) of the model.
---@field EnableNetworkIsolation? boolean If True, no inbound or outbound network calls can be made to or from the model container.
---@field DeploymentRecommendation? awsjobs.sagemaker.DeploymentRecommendation A set of recommended deployment configurations for the model.

---@class awsjobs.sagemaker.DescribeModelPackageGroupInput
---@field ModelPackageGroupName string The name of the model group to describe.

---@class awsjobs.sagemaker.DescribeModelPackageGroupOutput
---@field ModelPackageGroupName string The name of the model group.
---@field ModelPackageGroupArn string The Amazon Resource Name (ARN) of the model group.
---@field ModelPackageGroupDescription? string A description of the model group.
---@field CreationTime awsjobs.Timestamp The time that the model group was created.
---@field CreatedBy awsjobs.sagemaker.UserContext
---@field ModelPackageGroupStatus awsjobs.sagemaker.ModelPackageGroupStatus The status of the model group.
---@field ManagedConfiguration? awsjobs.sagemaker.ManagedConfiguration The managed configuration of the model package group.

---@class awsjobs.sagemaker.DescribeModelPackageInput
---@field ModelPackageName string The name or Amazon Resource Name (ARN) of the model package to describe.

---@class awsjobs.sagemaker.DescribeModelPackageOutput
---@field ModelPackageName string The name of the model package being described.
---@field ModelPackageGroupName? string If the model is a versioned model, the name of the model group that the versioned model belongs to.
---@field ModelPackageVersion? integer The version of the model package.
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package output.
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the model package.
---@field ModelPackageDescription? string A brief summary of the model package.
---@field CreationTime awsjobs.Timestamp A timestamp specifying when the model package was created.
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Details about inference jobs that you can run with models based on this model package.
---@field SourceAlgorithmSpecification? awsjobs.sagemaker.SourceAlgorithmSpecification Details about the algorithm that was used to create the model package.
---@field ValidationSpecification? awsjobs.sagemaker.ModelPackageValidationSpecification Configurations for one or more transform jobs that SageMaker runs to test the model package.
---@field ModelPackageStatus awsjobs.sagemaker.ModelPackageStatus The current status of the model package.
---@field ModelPackageStatusDetails awsjobs.sagemaker.ModelPackageStatusDetails Details about the current status of the model package.
---@field CertifyForMarketplace? boolean Whether the model package is certified for listing on Amazon Web Services Marketplace.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus The approval status of the model package.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field ModelMetrics? awsjobs.sagemaker.ModelMetrics Metrics for the model.
---@field LastModifiedTime? awsjobs.Timestamp The last time that the model package was modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ApprovalDescription? string A description provided for the model approval.
---@field Domain? string The machine learning domain of the model package you specified.
---@field Task? string The machine learning task you specified that your model package accomplishes.
---@field SamplePayloadUrl? string The Amazon Simple Storage Service (Amazon S3) path where the sample payload are stored.
---@field CustomerMetadataProperties? table<string, string> The metadata properties associated with the model package versions.
---@field DriftCheckBaselines? awsjobs.sagemaker.DriftCheckBaselines Represents the drift check baselines that can be used when the model monitor is set using the model package.
---@field AdditionalInferenceSpecifications? awsjobs.sagemaker.AdditionalInferenceSpecificationDefinition[] An array of additional Inference Specification objects.
---@field SkipModelValidation? awsjobs.sagemaker.SkipModelValidation Indicates if you want to skip model validation.
---@field SourceUri? string The URI of the source for the model package.
---@field SecurityConfig? awsjobs.sagemaker.ModelPackageSecurityConfig The KMS Key ID (KMSKeyId) used for encryption of model package information.
---@field ModelCard? awsjobs.sagemaker.ModelPackageModelCard The model card associated with the model package.
---@field ModelLifeCycle? awsjobs.sagemaker.ModelLifeCycle A structure describing the current state of the model in its life cycle.
---@field ManagedStorageType? awsjobs.sagemaker.ManagedStorageType The storage type of the model package.

---@class awsjobs.sagemaker.DescribeModelQualityJobDefinitionRequest
---@field JobDefinitionName string The name of the model quality job.

---@class awsjobs.sagemaker.DescribeModelQualityJobDefinitionResponse
---@field JobDefinitionArn string The Amazon Resource Name (ARN) of the model quality job.
---@field JobDefinitionName string The name of the quality job definition.
---@field CreationTime awsjobs.Timestamp The time at which the model quality job was created.
---@field ModelQualityBaselineConfig? awsjobs.sagemaker.ModelQualityBaselineConfig The baseline configuration for a model quality job.
---@field ModelQualityAppSpecification awsjobs.sagemaker.ModelQualityAppSpecification Configures the model quality job to run a specified Docker container image.
---@field ModelQualityJobInput awsjobs.sagemaker.ModelQualityJobInput Inputs for the model quality job.
---@field ModelQualityJobOutputConfig awsjobs.sagemaker.MonitoringOutputConfig
---@field JobResources awsjobs.sagemaker.MonitoringResources
---@field NetworkConfig? awsjobs.sagemaker.MonitoringNetworkConfig Networking options for a model quality job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition

---@class awsjobs.sagemaker.DescribeMonitoringScheduleRequest
---@field MonitoringScheduleName string Name of a previously created monitoring schedule.

---@class awsjobs.sagemaker.DescribeMonitoringScheduleResponse
---@field MonitoringScheduleArn string The Amazon Resource Name (ARN) of the monitoring schedule.
---@field MonitoringScheduleName string Name of the monitoring schedule.
---@field MonitoringScheduleStatus awsjobs.sagemaker.ScheduleStatus The status of an monitoring job.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The type of the monitoring job that this schedule runs.
---@field FailureReason? string A string, up to one KB in size, that contains the reason a monitoring job failed, if it failed.
---@field CreationTime awsjobs.Timestamp The time at which the monitoring job was created.
---@field LastModifiedTime awsjobs.Timestamp The time at which the monitoring job was last modified.
---@field MonitoringScheduleConfig awsjobs.sagemaker.MonitoringScheduleConfig The configuration object that specifies the monitoring schedule and defines the monitoring job.
---@field EndpointName? string The name of the endpoint for the monitoring job.
---@field LastMonitoringExecutionSummary? awsjobs.sagemaker.MonitoringExecutionSummary Describes metadata on the last execution to run, if there was one.

---@class awsjobs.sagemaker.DescribeNotebookInstanceInput
---@field NotebookInstanceName string The name of the notebook instance that you want information about.

---@class awsjobs.sagemaker.DescribeNotebookInstanceLifecycleConfigInput
---@field NotebookInstanceLifecycleConfigName string The name of the lifecycle configuration to describe.

---@class awsjobs.sagemaker.DescribeNotebookInstanceLifecycleConfigOutput
---@field NotebookInstanceLifecycleConfigArn? string The Amazon Resource Name (ARN) of the lifecycle configuration.
---@field NotebookInstanceLifecycleConfigName? string The name of the lifecycle configuration.
---@field OnCreate? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] The shell script that runs only once, when you create a notebook instance.
---@field OnStart? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] The shell script that runs every time you start a notebook instance, including when you create the notebook instance.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that tells when the lifecycle configuration was last modified.
---@field CreationTime? awsjobs.Timestamp A timestamp that tells when the lifecycle configuration was created.

---@class awsjobs.sagemaker.DescribeNotebookInstanceOutput
---@field NotebookInstanceArn? string The Amazon Resource Name (ARN) of the notebook instance.
---@field NotebookInstanceName? string The name of the SageMaker AI notebook instance.
---@field NotebookInstanceStatus? awsjobs.sagemaker.NotebookInstanceStatus The status of the notebook instance.
---@field FailureReason? string If status is Failed, the reason it failed.
---@field Url? string The URL that you use to connect to the Jupyter notebook that is running in your notebook instance.
---@field InstanceType? awsjobs.sagemaker.InstanceType The type of ML compute instance running on the notebook instance.
---@field IpAddressType? awsjobs.sagemaker.IPAddressType The IP address type configured for the notebook instance.
---@field SubnetId? string The ID of the VPC subnet.
---@field SecurityGroups? string[] The IDs of the VPC security groups.
---@field RoleArn? string The Amazon Resource Name (ARN) of the IAM role associated with the instance.
---@field KmsKeyId? string The Amazon Web Services KMS key ID SageMaker AI uses to encrypt data when storing it on the ML storage volume attached to the instance.
---@field NetworkInterfaceId? string The network interface IDs that SageMaker AI created at the time of creating the instance.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp.
---@field CreationTime? awsjobs.Timestamp A timestamp.
---@field NotebookInstanceLifecycleConfigName? string Returns the name of a notebook instance lifecycle configuration.
---@field DirectInternetAccess? awsjobs.sagemaker.DirectInternetAccess Describes whether SageMaker AI provides internet access to the notebook instance.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume attached to the notebook instance.
---@field AcceleratorTypes? awsjobs.sagemaker.NotebookInstanceAcceleratorType[] This parameter is no longer supported.
---@field DefaultCodeRepository? string The Git repository associated with the notebook instance as its default code repository.
---@field AdditionalCodeRepositories? string[] An array of up to three Git repositories associated with the notebook instance.
---@field RootAccess? awsjobs.sagemaker.RootAccess Whether root access is enabled or disabled for users of the notebook instance.
---@field PlatformIdentifier? string The platform identifier of the notebook instance runtime environment.
---@field InstanceMetadataServiceConfiguration? awsjobs.sagemaker.InstanceMetadataServiceConfiguration Information on the IMDS configuration of the notebook instance

---@class awsjobs.sagemaker.DescribeOptimizationJobRequest
---@field OptimizationJobName string The name that you assigned to the optimization job.

---@class awsjobs.sagemaker.DescribeOptimizationJobResponse
---@field OptimizationJobArn string The Amazon Resource Name (ARN) of the optimization job.
---@field OptimizationJobStatus awsjobs.sagemaker.OptimizationJobStatus The current status of the optimization job.
---@field OptimizationStartTime? awsjobs.Timestamp The time when the optimization job started.
---@field OptimizationEndTime? awsjobs.Timestamp The time when the optimization job finished processing.
---@field CreationTime awsjobs.Timestamp The time when you created the optimization job.
---@field LastModifiedTime awsjobs.Timestamp The time when the optimization job was last updated.
---@field FailureReason? string If the optimization job status is FAILED, the reason for the failure.
---@field OptimizationJobName string The name that you assigned to the optimization job.
---@field ModelSource awsjobs.sagemaker.OptimizationJobModelSource The location of the source model to optimize with an optimization job.
---@field OptimizationEnvironment? table<string, string> The environment variables to set in the model container.
---@field DeploymentInstanceType awsjobs.sagemaker.OptimizationJobDeploymentInstanceType The type of instance that hosts the optimized model that you create with the optimization job.
---@field MaxInstanceCount? integer The maximum number of instances to use for the optimization job.
---@field OptimizationConfigs awsjobs.sagemaker.OptimizationConfig[] Settings for each of the optimization techniques that the job applies.
---@field OutputConfig awsjobs.sagemaker.OptimizationJobOutputConfig Details for where to store the optimized model that you create with the optimization job.
---@field OptimizationOutput? awsjobs.sagemaker.OptimizationOutput Output values produced by an optimization job.
---@field RoleArn string The ARN of the IAM role that you assigned to the optimization job.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition
---@field VpcConfig? awsjobs.sagemaker.OptimizationVpcConfig A VPC in Amazon VPC that your optimized model has access to.

---@class awsjobs.sagemaker.DescribePartnerAppRequest
---@field Arn string The ARN of the SageMaker Partner AI App to describe.
---@field IncludeAvailableUpgrade? boolean When set to TRUE, the response includes available upgrade information for the SageMaker Partner AI App.

---@class awsjobs.sagemaker.DescribePartnerAppResponse
---@field Arn? string The ARN of the SageMaker Partner AI App that was described.
---@field Name? string The name of the SageMaker Partner AI App.
---@field Type? awsjobs.sagemaker.PartnerAppType The type of SageMaker Partner AI App.
---@field Status? awsjobs.sagemaker.PartnerAppStatus The status of the SageMaker Partner AI App.
---@field CreationTime? awsjobs.Timestamp The time that the SageMaker Partner AI App was created.
---@field LastModifiedTime? awsjobs.Timestamp The time that the SageMaker Partner AI App was last modified.
---@field ExecutionRoleArn? string The ARN of the IAM role associated with the SageMaker Partner AI App.
---@field KmsKeyId? string The Amazon Web Services KMS customer managed key used to encrypt the data at rest associated with SageMaker Partner AI Apps.
---@field BaseUrl? string The URL of the SageMaker Partner AI App that the Application SDK uses to support in-app calls for the user.
---@field MaintenanceConfig? awsjobs.sagemaker.PartnerAppMaintenanceConfig Maintenance configuration settings for the SageMaker Partner AI App.
---@field Tier? string The instance type and size of the cluster attached to the SageMaker Partner AI App.
---@field Version? string The version of the SageMaker Partner AI App.
---@field ApplicationConfig? awsjobs.sagemaker.PartnerAppConfig Configuration settings for the SageMaker Partner AI App.
---@field AuthType? awsjobs.sagemaker.PartnerAppAuthType The authorization type that users use to access the SageMaker Partner AI App.
---@field EnableIamSessionBasedIdentity? boolean When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or the authenticated IAM user as the identity of the SageMaker...
---@field Error? awsjobs.sagemaker.ErrorInfo This is an error field object that contains the error code and the reason for an operation failure.
---@field EnableAutoMinorVersionUpgrade? boolean Indicates whether the SageMaker Partner AI App is configured for automatic minor version upgrades during scheduled maintenance windows.
---@field CurrentVersionEolDate? awsjobs.Timestamp The end-of-life date for the current version of the SageMaker Partner AI App.
---@field AvailableUpgrade? awsjobs.sagemaker.AvailableUpgrade A map of available minor version upgrades for the SageMaker Partner AI App.

---@class awsjobs.sagemaker.DescribePipelineDefinitionForExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.

---@class awsjobs.sagemaker.DescribePipelineDefinitionForExecutionResponse
---@field PipelineDefinition? string The JSON pipeline definition.
---@field CreationTime? awsjobs.Timestamp The time when the pipeline was created.

---@class awsjobs.sagemaker.DescribePipelineExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.

---@class awsjobs.sagemaker.DescribePipelineExecutionResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.
---@field PipelineExecutionDisplayName? string The display name of the pipeline execution.
---@field PipelineExecutionStatus? awsjobs.sagemaker.PipelineExecutionStatus The status of the pipeline execution.
---@field PipelineExecutionDescription? string The description of the pipeline execution.
---@field PipelineExperimentConfig? awsjobs.sagemaker.PipelineExperimentConfig
---@field FailureReason? string If the execution failed, a message describing why.
---@field CreationTime? awsjobs.Timestamp The time when the pipeline execution was created.
---@field LastModifiedTime? awsjobs.Timestamp The time when the pipeline execution was modified last.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration The parallelism configuration applied to the pipeline.
---@field SelectiveExecutionConfig? awsjobs.sagemaker.SelectiveExecutionConfig The selective execution configuration applied to the pipeline run.
---@field PipelineVersionId? integer The ID of the pipeline version.
---@field MLflowConfig? awsjobs.sagemaker.MLflowConfiguration The MLflow configuration of the pipeline execution.

---@class awsjobs.sagemaker.DescribePipelineRequest
---@field PipelineName string The name or Amazon Resource Name (ARN) of the pipeline to describe.
---@field PipelineVersionId? integer The ID of the pipeline version to describe.

---@class awsjobs.sagemaker.DescribePipelineResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineName? string The name of the pipeline.
---@field PipelineDisplayName? string The display name of the pipeline.
---@field PipelineDefinition? string The JSON pipeline definition.
---@field PipelineDescription? string The description of the pipeline.
---@field RoleArn? string The Amazon Resource Name (ARN) that the pipeline uses to execute.
---@field PipelineStatus? awsjobs.sagemaker.PipelineStatus The status of the pipeline execution.
---@field CreationTime? awsjobs.Timestamp The time when the pipeline was created.
---@field LastModifiedTime? awsjobs.Timestamp The time when the pipeline was last modified.
---@field LastRunTime? awsjobs.Timestamp The time when the pipeline was last run.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration Lists the parallelism configuration applied to the pipeline.
---@field PipelineVersionDisplayName? string The display name of the pipeline version.
---@field PipelineVersionDescription? string The description of the pipeline version.

---@class awsjobs.sagemaker.DescribeProcessingJobRequest
---@field ProcessingJobName string The name of the processing job.

---@class awsjobs.sagemaker.DescribeProcessingJobResponse
---@field ProcessingInputs? awsjobs.sagemaker.ProcessingInput[] The inputs for a processing job.
---@field ProcessingOutputConfig? awsjobs.sagemaker.ProcessingOutputConfig Output configuration for the processing job.
---@field ProcessingJobName string The name of the processing job.
---@field ProcessingResources awsjobs.sagemaker.ProcessingResources Identifies the resources, ML compute instances, and ML storage volumes to deploy for a processing job.
---@field StoppingCondition? awsjobs.sagemaker.ProcessingStoppingCondition The time limit for how long the processing job is allowed to run.
---@field AppSpecification awsjobs.sagemaker.AppSpecification Configures the processing job to run a specified container image.
---@field Environment? table<string, string> The environment variables set in the Docker container.
---@field NetworkConfig? awsjobs.sagemaker.NetworkConfig Networking options for a processing job.
---@field RoleArn? string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker can assume to perform tasks on your behalf.
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig The configuration information used to create an experiment.
---@field ProcessingJobArn string The Amazon Resource Name (ARN) of the processing job.
---@field ProcessingJobStatus awsjobs.sagemaker.ProcessingJobStatus Provides the status of a processing job.
---@field ExitMessage? string An optional string, up to one KB in size, that contains metadata from the processing container when the processing job exits.
---@field FailureReason? string A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
---@field ProcessingEndTime? awsjobs.Timestamp The time at which the processing job completed.
---@field ProcessingStartTime? awsjobs.Timestamp The time at which the processing job started.
---@field LastModifiedTime? awsjobs.Timestamp The time at which the processing job was last modified.
---@field CreationTime awsjobs.Timestamp The time at which the processing job was created.
---@field MonitoringScheduleArn? string The ARN of a monitoring schedule for an endpoint associated with this processing job.
---@field AutoMLJobArn? string The ARN of an AutoML job associated with this processing job.
---@field TrainingJobArn? string The ARN of a training job associated with this processing job.

---@class awsjobs.sagemaker.DescribeProjectInput
---@field ProjectName string The name of the project to describe.

---@class awsjobs.sagemaker.DescribeProjectOutput
---@field ProjectArn string The Amazon Resource Name (ARN) of the project.
---@field ProjectName string The name of the project.
---@field ProjectId string The ID of the project.
---@field ProjectDescription? string The description of the project.
---@field ServiceCatalogProvisioningDetails? awsjobs.sagemaker.ServiceCatalogProvisioningDetails Information used to provision a service catalog product.
---@field ServiceCatalogProvisionedProductDetails? awsjobs.sagemaker.ServiceCatalogProvisionedProductDetails Information about a provisioned service catalog product.
---@field ProjectStatus awsjobs.sagemaker.ProjectStatus The status of the project.
---@field TemplateProviderDetails? awsjobs.sagemaker.TemplateProviderDetail[] An array of template providers associated with the project.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field CreationTime awsjobs.Timestamp The time when the project was created.
---@field LastModifiedTime? awsjobs.Timestamp The timestamp when project was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext

---@class awsjobs.sagemaker.DescribeReservedCapacityRequest
---@field ReservedCapacityArn string ARN of the reserved capacity to describe.

---@class awsjobs.sagemaker.DescribeReservedCapacityResponse
---@field ReservedCapacityArn string ARN of the reserved capacity.
---@field ReservedCapacityType? awsjobs.sagemaker.ReservedCapacityType The type of reserved capacity.
---@field Status? awsjobs.sagemaker.ReservedCapacityStatus The current status of the reserved capacity.
---@field AvailabilityZone? string The Availability Zone where the reserved capacity is provisioned.
---@field DurationHours? integer The total duration of the reserved capacity in hours.
---@field DurationMinutes? integer The number of minutes for the duration of the reserved capacity.
---@field StartTime? awsjobs.Timestamp The timestamp when the reserved capacity becomes active.
---@field EndTime? awsjobs.Timestamp The timestamp when the reserved capacity expires.
---@field InstanceType awsjobs.sagemaker.ReservedCapacityInstanceType The Amazon EC2 instance type used in the reserved capacity.
---@field TotalInstanceCount integer The total number of instances allocated to this reserved capacity.
---@field AvailableInstanceCount? integer The number of instances currently available for use in this reserved capacity.
---@field InUseInstanceCount? integer The number of instances currently in use from this reserved capacity.
---@field UltraServerSummary? awsjobs.sagemaker.UltraServerSummary A summary of the UltraServer associated with this reserved capacity.

---@class awsjobs.sagemaker.DescribeSpaceRequest
---@field DomainId string The ID of the associated domain.
---@field SpaceName string The name of the space.

---@class awsjobs.sagemaker.DescribeSpaceResponse
---@field DomainId? string The ID of the associated domain.
---@field SpaceArn? string The space's Amazon Resource Name (ARN).
---@field SpaceName? string The name of the space.
---@field HomeEfsFileSystemUid? string The ID of the space's profile in the Amazon EFS volume.
---@field Status? awsjobs.sagemaker.SpaceStatus The status.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field FailureReason? string The failure reason.
---@field SpaceSettings? awsjobs.sagemaker.SpaceSettings A collection of space settings.
---@field OwnershipSettings? awsjobs.sagemaker.OwnershipSettings The collection of ownership settings for a space.
---@field SpaceSharingSettings? awsjobs.sagemaker.SpaceSharingSettings The collection of space sharing settings for a space.
---@field SpaceDisplayName? string The name of the space that appears in the Amazon SageMaker Studio UI.
---@field Url? string Returns the URL of the space.

---@class awsjobs.sagemaker.DescribeStudioLifecycleConfigRequest
---@field StudioLifecycleConfigName string The name of the Amazon SageMaker AI Studio Lifecycle Configuration to describe.

---@class awsjobs.sagemaker.DescribeStudioLifecycleConfigResponse
---@field StudioLifecycleConfigArn? string The ARN of the Lifecycle Configuration to describe.
---@field StudioLifecycleConfigName? string The name of the Amazon SageMaker AI Studio Lifecycle Configuration that is described.
---@field CreationTime? awsjobs.Timestamp The creation time of the Amazon SageMaker AI Studio Lifecycle Configuration.
---@field LastModifiedTime? awsjobs.Timestamp This value is equivalent to CreationTime because Amazon SageMaker AI Studio Lifecycle Configurations are immutable.
---@field StudioLifecycleConfigContent? string The content of your Amazon SageMaker AI Studio Lifecycle Configuration script.
---@field StudioLifecycleConfigAppType? awsjobs.sagemaker.StudioLifecycleConfigAppType The App type that the Lifecycle Configuration is attached to.

---@class awsjobs.sagemaker.DescribeSubscribedWorkteamRequest
---@field WorkteamArn string The Amazon Resource Name (ARN) of the subscribed work team to describe.

---@class awsjobs.sagemaker.DescribeSubscribedWorkteamResponse
---@field SubscribedWorkteam awsjobs.sagemaker.SubscribedWorkteam A Workteam instance that contains information about the work team.

---@class awsjobs.sagemaker.DescribeTrainingJobRequest
---@field TrainingJobName string The name of the training job.

---@class awsjobs.sagemaker.DescribeTrainingJobResponse
---@field TrainingJobName string Name of the model training job.
---@field TrainingJobArn string The Amazon Resource Name (ARN) of the training job.
---@field TuningJobArn? string The Amazon Resource Name (ARN) of the associated hyperparameter tuning job if the training job was launched by a hyperparameter tuning job.
---@field LabelingJobArn? string The Amazon Resource Name (ARN) of the SageMaker Ground Truth labeling job that created the transform or training job.
---@field AutoMLJobArn? string The Amazon Resource Name (ARN) of an AutoML job.
---@field ModelArtifacts awsjobs.sagemaker.ModelArtifacts Information about the Amazon S3 location that is configured for storing model artifacts.
---@field TrainingJobStatus awsjobs.sagemaker.TrainingJobStatus The status of the training job.
---@field SecondaryStatus awsjobs.sagemaker.SecondaryStatus Provides detailed information about the state of the training job.
---@field FailureReason? string If the training job failed, the reason it failed.
---@field HyperParameters? table<string, string> Algorithm-specific parameters.
---@field AlgorithmSpecification? awsjobs.sagemaker.AlgorithmSpecification Information about the algorithm used for training, and algorithm metadata.
---@field RoleArn? string The Amazon Web Services Identity and Access Management (IAM) role configured for the training job.
---@field InputDataConfig? awsjobs.sagemaker.Channel[] An array of Channel objects that describes each data input channel.
---@field OutputDataConfig? awsjobs.sagemaker.OutputDataConfig The S3 path where model artifacts that you configured when creating the job are stored.
---@field ResourceConfig? awsjobs.sagemaker.ResourceConfig Resources, including ML compute instances and ML storage volumes, that are configured for model training.
---@field WarmPoolStatus? awsjobs.sagemaker.WarmPoolStatus The status of the warm pool associated with the training job.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig A VpcConfig object that specifies the VPC that this training job has access to.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model training job can run.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the training job was created.
---@field TrainingStartTime? awsjobs.Timestamp Indicates the time when the training job starts on training instances.
---@field TrainingEndTime? awsjobs.Timestamp Indicates the time when the training job ends on training instances.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that indicates when the status of the training job was last modified.
---@field SecondaryStatusTransitions? awsjobs.sagemaker.SecondaryStatusTransition[] A history of all of the secondary statuses that the training job has transitioned through.
---@field FinalMetricDataList? awsjobs.sagemaker.MetricData[] A collection of MetricData objects that specify the names, values, and dates and times that the training algorithm emitted to Amazon CloudWatch.
---@field EnableNetworkIsolation? boolean If you want to allow inbound or outbound network calls, except for calls between peers within a training cluster for distributed training, choose True.
---@field EnableInterContainerTrafficEncryption? boolean To encrypt all communications between ML compute instances in distributed training, choose True.
---@field EnableManagedSpotTraining? boolean A Boolean indicating whether managed spot training is enabled (True) or not (False).
---@field CheckpointConfig? awsjobs.sagemaker.CheckpointConfig
---@field TrainingTimeInSeconds? integer The training time in seconds.
---@field BillableTimeInSeconds? integer The billable time in seconds.
---@field BillableTokenCount? integer The billable token count for eligible serverless training jobs.
---@field DebugHookConfig? awsjobs.sagemaker.DebugHookConfig
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig
---@field DebugRuleConfigurations? awsjobs.sagemaker.DebugRuleConfiguration[] Configuration information for Amazon SageMaker Debugger rules for debugging output tensors.
---@field TensorBoardOutputConfig? awsjobs.sagemaker.TensorBoardOutputConfig
---@field DebugRuleEvaluationStatuses? awsjobs.sagemaker.DebugRuleEvaluationStatus[] Evaluation status of Amazon SageMaker Debugger rules for debugging on a training job.
---@field ProfilerConfig? awsjobs.sagemaker.ProfilerConfig
---@field ProfilerRuleConfigurations? awsjobs.sagemaker.ProfilerRuleConfiguration[] Configuration information for Amazon SageMaker Debugger rules for profiling system and framework metrics.
---@field ProfilerRuleEvaluationStatuses? awsjobs.sagemaker.ProfilerRuleEvaluationStatus[] Evaluation status of Amazon SageMaker Debugger rules for profiling on a training job.
---@field ProfilingStatus? awsjobs.sagemaker.ProfilingStatus Profiling status of a training job.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field RetryStrategy? awsjobs.sagemaker.RetryStrategy The number of times to retry the job when the job fails due to an InternalServerError.
---@field RemoteDebugConfig? awsjobs.sagemaker.RemoteDebugConfig Configuration for remote debugging.
---@field InfraCheckConfig? awsjobs.sagemaker.InfraCheckConfig Contains information about the infrastructure health check configuration for the training job.
---@field ServerlessJobConfig? awsjobs.sagemaker.ServerlessJobConfig The configuration for serverless training jobs.
---@field MlflowConfig? awsjobs.sagemaker.MlflowConfig The MLflow configuration using SageMaker managed MLflow.
---@field ModelPackageConfig? awsjobs.sagemaker.ModelPackageConfig The configuration for the model package.
---@field MlflowDetails? awsjobs.sagemaker.MlflowDetails The MLflow details of this job.
---@field ProgressInfo? awsjobs.sagemaker.TrainingProgressInfo The Serverless training job progress information.
---@field OutputModelPackageArn? string The Amazon Resource Name (ARN) of the output model package containing model weights or checkpoints.

---@class awsjobs.sagemaker.DescribeTrainingPlanExtensionHistoryRequest
---@field TrainingPlanArn string The Amazon Resource Name (ARN); of the training plan to retrieve extension history for.
---@field NextToken? string A token to continue pagination if more results are available.
---@field MaxResults? integer The maximum number of extensions to return in the response.

---@class awsjobs.sagemaker.DescribeTrainingPlanExtensionHistoryResponse
---@field TrainingPlanExtensions awsjobs.sagemaker.TrainingPlanExtension[] A list of extensions for the specified training plan.
---@field NextToken? string A token to continue pagination if more results are available.

---@class awsjobs.sagemaker.DescribeTrainingPlanRequest
---@field TrainingPlanName string The name of the training plan to describe.

---@class awsjobs.sagemaker.DescribeTrainingPlanResponse
---@field TrainingPlanArn string The Amazon Resource Name (ARN); of the training plan.
---@field TrainingPlanName string The name of the training plan.
---@field Status awsjobs.sagemaker.TrainingPlanStatus The current status of the training plan (e.g., Pending, Active, Expired).
---@field StatusMessage? string A message providing additional information about the current status of the training plan.
---@field DurationHours? integer The number of whole hours in the total duration for this training plan.
---@field DurationMinutes? integer The additional minutes beyond whole hours in the total duration for this training plan.
---@field StartTime? awsjobs.Timestamp The start time of the training plan.
---@field EndTime? awsjobs.Timestamp The end time of the training plan.
---@field UpfrontFee? string The upfront fee for the training plan.
---@field CurrencyCode? string The currency code for the upfront fee (e.g., USD).
---@field TotalInstanceCount? integer The total number of instances reserved in this training plan.
---@field AvailableInstanceCount? integer The number of instances currently available for use in this training plan.
---@field InUseInstanceCount? integer The number of instances currently in use from this training plan.
---@field UnhealthyInstanceCount? integer The number of instances in the training plan that are currently in an unhealthy state.
---@field AvailableSpareInstanceCount? integer The number of available spare instances in the training plan.
---@field TotalUltraServerCount? integer The total number of UltraServers reserved to this training plan.
---@field TargetResources? awsjobs.sagemaker.SageMakerResourceName[] The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints, Studio apps) that can use this training plan.
---@field ReservedCapacitySummaries? awsjobs.sagemaker.ReservedCapacitySummary[] The list of Reserved Capacity providing the underlying compute resources of the plan.

---@class awsjobs.sagemaker.DescribeTransformJobRequest
---@field TransformJobName string The name of the transform job that you want to view details of.

---@class awsjobs.sagemaker.DescribeTransformJobResponse
---@field TransformJobName string The name of the transform job.
---@field TransformJobArn string The Amazon Resource Name (ARN) of the transform job.
---@field TransformJobStatus awsjobs.sagemaker.TransformJobStatus The status of the transform job.
---@field FailureReason? string If the transform job failed, FailureReason describes why it failed.
---@field ModelName string The name of the model used in the transform job.
---@field MaxConcurrentTransforms? integer The maximum number of parallel requests on each instance node that can be launched in a transform job.
---@field ModelClientConfig? awsjobs.sagemaker.ModelClientConfig The timeout and maximum number of retries for processing a transform job invocation.
---@field MaxPayloadInMB? integer The maximum payload size, in MB, used in the transform job.
---@field BatchStrategy? awsjobs.sagemaker.BatchStrategy Specifies the number of records to include in a mini-batch for an HTTP inference request.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field TransformInput awsjobs.sagemaker.TransformInput Describes the dataset to be transformed and the Amazon S3 location where it is stored.
---@field TransformOutput? awsjobs.sagemaker.TransformOutput Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the transform job.
---@field DataCaptureConfig? awsjobs.sagemaker.BatchDataCaptureConfig Configuration to control how SageMaker captures inference data.
---@field TransformResources awsjobs.sagemaker.TransformResources Describes the resources, including ML instance types and ML instance count, to use for the transform job.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the transform Job was created.
---@field TransformStartTime? awsjobs.Timestamp Indicates when the transform job starts on ML instances.
---@field TransformEndTime? awsjobs.Timestamp Indicates when the transform job has been completed, or has stopped or failed.
---@field LabelingJobArn? string The Amazon Resource Name (ARN) of the Amazon SageMaker Ground Truth labeling job that created the transform or training job.
---@field AutoMLJobArn? string The Amazon Resource Name (ARN) of the AutoML transform job.
---@field DataProcessing? awsjobs.sagemaker.DataProcessing
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig

---@class awsjobs.sagemaker.DescribeTrialComponentRequest
---@field TrialComponentName string The name of the trial component to describe.

---@class awsjobs.sagemaker.DescribeTrialComponentResponse
---@field TrialComponentName? string The name of the trial component.
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field DisplayName? string The name of the component as displayed.
---@field Source? awsjobs.sagemaker.TrialComponentSource The Amazon Resource Name (ARN) of the source and, optionally, the job type.
---@field Status? awsjobs.sagemaker.TrialComponentStatus The status of the component.
---@field StartTime? awsjobs.Timestamp When the component started.
---@field EndTime? awsjobs.Timestamp When the component ended.
---@field CreationTime? awsjobs.Timestamp When the component was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the trial component.
---@field LastModifiedTime? awsjobs.Timestamp When the component was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext Who last modified the component.
---@field Parameters? table<string, awsjobs.sagemaker.TrialComponentParameterValue> The hyperparameters of the component.
---@field InputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The input artifacts of the component.
---@field OutputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The output artifacts of the component.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Metrics? awsjobs.sagemaker.TrialComponentMetricSummary[] The metrics for the component.
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.
---@field Sources? awsjobs.sagemaker.TrialComponentSource[] A list of ARNs and, if applicable, job types for multiple sources of an experiment run.

---@class awsjobs.sagemaker.DescribeTrialRequest
---@field TrialName string The name of the trial to describe.

---@class awsjobs.sagemaker.DescribeTrialResponse
---@field TrialName? string The name of the trial.
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.
---@field DisplayName? string The name of the trial as displayed.
---@field ExperimentName? string The name of the experiment the trial is part of.
---@field Source? awsjobs.sagemaker.TrialSource The Amazon Resource Name (ARN) of the source and, optionally, the job type.
---@field CreationTime? awsjobs.Timestamp When the trial was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the trial.
---@field LastModifiedTime? awsjobs.Timestamp When the trial was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext Who last modified the trial.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties

---@class awsjobs.sagemaker.DescribeUserProfileRequest
---@field DomainId string The domain ID.
---@field UserProfileName string The user profile name.

---@class awsjobs.sagemaker.DescribeUserProfileResponse
---@field DomainId? string The ID of the domain that contains the profile.
---@field UserProfileArn? string The user profile Amazon Resource Name (ARN).
---@field UserProfileName? string The user profile name.
---@field HomeEfsFileSystemUid? string The ID of the user's profile in the Amazon Elastic File System volume.
---@field Status? awsjobs.sagemaker.UserProfileStatus The status.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field FailureReason? string The failure reason.
---@field SingleSignOnUserIdentifier? string The IAM Identity Center user identifier.
---@field SingleSignOnUserValue? string The IAM Identity Center user value.
---@field UserSettings? awsjobs.sagemaker.UserSettings A collection of settings.

---@class awsjobs.sagemaker.DescribeWorkforceRequest
---@field WorkforceName string The name of the private workforce whose access you want to restrict.

---@class awsjobs.sagemaker.DescribeWorkforceResponse
---@field Workforce awsjobs.sagemaker.Workforce A single private workforce, which is automatically created when you create your first private work team.

---@class awsjobs.sagemaker.DescribeWorkteamRequest
---@field WorkteamName string The name of the work team to return a description of.

---@class awsjobs.sagemaker.DescribeWorkteamResponse
---@field Workteam awsjobs.sagemaker.Workteam A Workteam instance that contains information about the work team.

---Specifies weight and capacity values for a production variant.
---@class awsjobs.sagemaker.DesiredWeightAndCapacity
---@field VariantName string The name of the variant to update.
---@field DesiredWeight? number The variant's weight.
---@field DesiredInstanceCount? integer The variant's capacity.
---@field ServerlessUpdateConfig? awsjobs.sagemaker.ProductionVariantServerlessUpdateConfig Specifies the serverless update concurrency configuration for an endpoint variant.

---@class awsjobs.sagemaker.DetachClusterNodeVolumeRequest
---@field ClusterArn string The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster containing the target node.
---@field NodeId string The unique identifier of the cluster node from which you want to detach the volume.
---@field VolumeId string The unique identifier of your EBS volume that you want to detach.

---@class awsjobs.sagemaker.DetachClusterNodeVolumeResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of your SageMaker HyperPod cluster where the volume detachment operation was performed.
---@field NodeId string The unique identifier of the cluster node from which your volume was detached.
---@field VolumeId string The unique identifier of your EBS volume that was detached.
---@field AttachTime awsjobs.Timestamp The original timestamp when your volume was initially attached to the node.
---@field Status awsjobs.sagemaker.VolumeAttachmentStatus The current status of your volume detachment operation.
---@field DeviceName string The device name assigned to your attached volume on the target instance.

---Information of a particular device.
---@class awsjobs.sagemaker.Device
---@field DeviceName string The name of the device.
---@field Description? string Description of the device.
---@field IotThingName? string Amazon Web Services Internet of Things (IoT) object name.

---Contains information summarizing device details and deployment status.
---@class awsjobs.sagemaker.DeviceDeploymentSummary
---@field EdgeDeploymentPlanArn string The ARN of the edge deployment plan.
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field StageName string The name of the stage in the edge deployment plan.
---@field DeployedStageName? string The name of the deployed stage.
---@field DeviceFleetName? string The name of the fleet to which the device belongs to.
---@field DeviceName string The name of the device.
---@field DeviceArn string The ARN of the device.
---@field DeviceDeploymentStatus? awsjobs.sagemaker.DeviceDeploymentStatus The deployment status of the device.
---@field DeviceDeploymentStatusMessage? string The detailed error message for the deployoment status result.
---@field Description? string The description of the device.
---@field DeploymentStartTime? awsjobs.Timestamp The time when the deployment on the device started.

---Summary of the device fleet.
---@class awsjobs.sagemaker.DeviceFleetSummary
---@field DeviceFleetArn string Amazon Resource Name (ARN) of the device fleet.
---@field DeviceFleetName string Name of the device fleet.
---@field CreationTime? awsjobs.Timestamp Timestamp of when the device fleet was created.
---@field LastModifiedTime? awsjobs.Timestamp Timestamp of when the device fleet was last updated.

---Contains information about the configurations of selected devices.
---@class awsjobs.sagemaker.DeviceSelectionConfig
---@field DeviceSubsetType awsjobs.sagemaker.DeviceSubsetType Type of device subsets to deploy to the current stage.
---@field Percentage? integer Percentage of devices in the fleet to deploy to the current stage.
---@field DeviceNames? string[] List of devices chosen to deploy.
---@field DeviceNameContains? string A filter to select devices with names containing this name.

---Status of devices.
---@class awsjobs.sagemaker.DeviceStats
---@field ConnectedDeviceCount integer The number of devices connected with a heartbeat.
---@field RegisteredDeviceCount integer The number of registered devices.

---Summary of the device.
---@class awsjobs.sagemaker.DeviceSummary
---@field DeviceName string The unique identifier of the device.
---@field DeviceArn string Amazon Resource Name (ARN) of the device.
---@field Description? string A description of the device.
---@field DeviceFleetName? string The name of the fleet the device belongs to.
---@field IotThingName? string The Amazon Web Services Internet of Things (IoT) object thing name associated with the device..
---@field RegistrationTime? awsjobs.Timestamp The timestamp of the last registration or de-reregistration.
---@field LatestHeartbeat? awsjobs.Timestamp The last heartbeat received from the device.
---@field Models? awsjobs.sagemaker.EdgeModelSummary[] Models on the device.
---@field AgentVersion? string Edge Manager agent version.

---The model deployment settings for the SageMaker Canvas application.
---@class awsjobs.sagemaker.DirectDeploySettings
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether model deployment permissions are enabled or disabled in the Canvas application.

---@class awsjobs.sagemaker.DisableSagemakerServicecatalogPortfolioInput

---@class awsjobs.sagemaker.DisableSagemakerServicecatalogPortfolioOutput

---@class awsjobs.sagemaker.DisassociateTrialComponentRequest
---@field TrialComponentName string The name of the component to disassociate from the trial.
---@field TrialName string The name of the trial to disassociate from.

---@class awsjobs.sagemaker.DisassociateTrialComponentResponse
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.

---A collection of settings that configure the domain's Docker interaction.
---@class awsjobs.sagemaker.DockerSettings
---@field EnableDockerAccess? awsjobs.sagemaker.FeatureStatus Indicates whether the domain can access Docker.
---@field VpcOnlyTrustedAccounts? string[] The list of Amazon Web Services accounts that are trusted when the domain is created in VPC-only mode.
---@field RootlessDocker? awsjobs.sagemaker.FeatureStatus Indicates whether to use rootless Docker.

---The domain's details.
---@class awsjobs.sagemaker.DomainDetails
---@field DomainArn? string The domain's Amazon Resource Name (ARN).
---@field DomainId? string The domain ID.
---@field DomainName? string The domain name.
---@field Status? awsjobs.sagemaker.DomainStatus The status.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.
---@field Url? string The domain's URL.

---A collection of settings that apply to the SageMaker Domain.
---@class awsjobs.sagemaker.DomainSettings
---@field SecurityGroupIds? string[] The security groups for the Amazon Virtual Private Cloud that the Domain uses for communication between Domain-level apps and user apps.
---@field RStudioServerProDomainSettings? awsjobs.sagemaker.RStudioServerProDomainSettings A collection of settings that configure the RStudioServerPro Domain-level app.
---@field ExecutionRoleIdentityConfig? awsjobs.sagemaker.ExecutionRoleIdentityConfig The configuration for attaching a SageMaker AI user profile name to the execution role as a sts:SourceIdentity key.
---@field TrustedIdentityPropagationSettings? awsjobs.sagemaker.TrustedIdentityPropagationSettings The Trusted Identity Propagation (TIP) settings for the SageMaker domain.
---@field DockerSettings? awsjobs.sagemaker.DockerSettings A collection of settings that configure the domain's Docker interaction.
---@field AmazonQSettings? awsjobs.sagemaker.AmazonQSettings A collection of settings that configure the Amazon Q experience within the domain.
---@field UnifiedStudioSettings? awsjobs.sagemaker.UnifiedStudioSettings The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified Studio.
---@field IpAddressType? awsjobs.sagemaker.IPAddressType The IP address type for the domain.

---A collection of Domain configuration settings to update.
---@class awsjobs.sagemaker.DomainSettingsForUpdate
---@field RStudioServerProDomainSettingsForUpdate? awsjobs.sagemaker.RStudioServerProDomainSettingsForUpdate A collection of RStudioServerPro Domain-level app settings to update.
---@field ExecutionRoleIdentityConfig? awsjobs.sagemaker.ExecutionRoleIdentityConfig The configuration for attaching a SageMaker AI user profile name to the execution role as a sts:SourceIdentity key.
---@field SecurityGroupIds? string[] The security groups for the Amazon Virtual Private Cloud that the Domain uses for communication between Domain-level apps and user apps.
---@field TrustedIdentityPropagationSettings? awsjobs.sagemaker.TrustedIdentityPropagationSettings The Trusted Identity Propagation (TIP) settings for the SageMaker domain.
---@field DockerSettings? awsjobs.sagemaker.DockerSettings A collection of settings that configure the domain's Docker interaction.
---@field AmazonQSettings? awsjobs.sagemaker.AmazonQSettings A collection of settings that configure the Amazon Q experience within the domain.
---@field UnifiedStudioSettings? awsjobs.sagemaker.UnifiedStudioSettings The settings that apply to an SageMaker AI domain when you use it in Amazon SageMaker Unified Studio.
---@field IpAddressType? awsjobs.sagemaker.IPAddressType The IP address type for the domain.

---Represents the drift check baselines that can be used when the model monitor is set using the model package.
---@class awsjobs.sagemaker.DriftCheckBaselines
---@field Bias? awsjobs.sagemaker.DriftCheckBias Represents the drift check bias baselines that can be used when the model monitor is set using the model package.
---@field Explainability? awsjobs.sagemaker.DriftCheckExplainability Represents the drift check explainability baselines that can be used when the model monitor is set using the model package.
---@field ModelQuality? awsjobs.sagemaker.DriftCheckModelQuality Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.
---@field ModelDataQuality? awsjobs.sagemaker.DriftCheckModelDataQuality Represents the drift check model data quality baselines that can be used when the model monitor is set using the model package.

---Represents the drift check bias baselines that can be used when the model monitor is set using the model package.
---@class awsjobs.sagemaker.DriftCheckBias
---@field ConfigFile? awsjobs.sagemaker.FileSource The bias config file for a model.
---@field PreTrainingConstraints? awsjobs.sagemaker.MetricsSource The pre-training constraints.
---@field PostTrainingConstraints? awsjobs.sagemaker.MetricsSource The post-training constraints.

---Represents the drift check explainability baselines that can be used when the model monitor is set using the model package.
---@class awsjobs.sagemaker.DriftCheckExplainability
---@field Constraints? awsjobs.sagemaker.MetricsSource The drift check explainability constraints.
---@field ConfigFile? awsjobs.sagemaker.FileSource The explainability config file for the model.

---Represents the drift check data quality baselines that can be used when the model monitor is set using the model package.
---@class awsjobs.sagemaker.DriftCheckModelDataQuality
---@field Statistics? awsjobs.sagemaker.MetricsSource The drift check model data quality statistics.
---@field Constraints? awsjobs.sagemaker.MetricsSource The drift check model data quality constraints.

---Represents the drift check model quality baselines that can be used when the model monitor is set using the model package.
---@class awsjobs.sagemaker.DriftCheckModelQuality
---@field Statistics? awsjobs.sagemaker.MetricsSource The drift check model quality statistics.
---@field Constraints? awsjobs.sagemaker.MetricsSource The drift check model quality constraints.

---An object with the recommended values for you to specify when creating an autoscaling policy.
---@class awsjobs.sagemaker.DynamicScalingConfiguration
---@field MinCapacity? integer The recommended minimum capacity to specify for your autoscaling policy.
---@field MaxCapacity? integer The recommended maximum capacity to specify for your autoscaling policy.
---@field ScaleInCooldown? integer The recommended scale in cooldown time for your autoscaling policy.
---@field ScaleOutCooldown? integer The recommended scale out cooldown time for your autoscaling policy.
---@field ScalingPolicies? awsjobs.sagemaker.ScalingPolicy[] An object of the scaling policies for each metric.

---A file system, created by you in Amazon EFS, that you assign to a user profile or space for an Amazon SageMaker AI Domain.
---@class awsjobs.sagemaker.EFSFileSystem
---@field FileSystemId string The ID of your Amazon EFS file system.

---The settings for assigning a custom Amazon EFS file system to a user profile or space for an Amazon SageMaker AI Domain.
---@class awsjobs.sagemaker.EFSFileSystemConfig
---@field FileSystemId string The ID of your Amazon EFS file system.
---@field FileSystemPath? string The path to the file system directory that is accessible in Amazon SageMaker AI Studio.

---The configurations and outcomes of an Amazon EMR step execution.
---@class awsjobs.sagemaker.EMRStepMetadata
---@field ClusterId? string The identifier of the EMR cluster.
---@field StepId? string The identifier of the EMR cluster step.
---@field StepName? string The name of the EMR cluster step.
---@field LogFilePath? string The path to the log file where the cluster step's failure root cause is recorded.

---A collection of EBS storage settings that apply to both private and shared spaces.
---@class awsjobs.sagemaker.EbsStorageSettings
---@field EbsVolumeSizeInGb integer The size of an EBS storage volume for a space.

---The EC2 capacity reservations that are shared to an ML capacity reservation.
---@class awsjobs.sagemaker.Ec2CapacityReservation
---@field Ec2CapacityReservationId? string The unique identifier for an EC2 capacity reservation that's part of the ML capacity reservation.
---@field TotalInstanceCount? integer The number of instances that you allocated to the EC2 capacity reservation.
---@field AvailableInstanceCount? integer The number of instances that are currently available in the EC2 capacity reservation.
---@field UsedByCurrentEndpoint? integer The number of instances from the EC2 capacity reservation that are being used by the endpoint.

---A directed edge connecting two lineage entities.
---@class awsjobs.sagemaker.Edge
---@field SourceArn? string The Amazon Resource Name (ARN) of the source lineage entity of the directed edge.
---@field DestinationArn? string The Amazon Resource Name (ARN) of the destination lineage entity of the directed edge.
---@field AssociationType? awsjobs.sagemaker.AssociationEdgeType The type of the Association(Edge) between the source and destination.

---Contains information about the configuration of a deployment.
---@class awsjobs.sagemaker.EdgeDeploymentConfig
---@field FailureHandlingPolicy awsjobs.sagemaker.FailureHandlingPolicy Toggle that determines whether to rollback to previous configuration if the current deployment fails.

---Contains information about the configuration of a model in a deployment.
---@class awsjobs.sagemaker.EdgeDeploymentModelConfig
---@field ModelHandle string The name the device application uses to reference this model.
---@field EdgePackagingJobName string The edge packaging job associated with this deployment.

---Contains information summarizing an edge deployment plan.
---@class awsjobs.sagemaker.EdgeDeploymentPlanSummary
---@field EdgeDeploymentPlanArn string The ARN of the edge deployment plan.
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field DeviceFleetName string The name of the device fleet used for the deployment.
---@field EdgeDeploymentSuccess integer The number of edge devices with the successful deployment.
---@field EdgeDeploymentPending integer The number of edge devices yet to pick up the deployment, or in progress.
---@field EdgeDeploymentFailed integer The number of edge devices that failed the deployment.
---@field CreationTime? awsjobs.Timestamp The time when the edge deployment plan was created.
---@field LastModifiedTime? awsjobs.Timestamp The time when the edge deployment plan was last updated.

---Contains information summarizing the deployment stage results.
---@class awsjobs.sagemaker.EdgeDeploymentStatus
---@field StageStatus awsjobs.sagemaker.StageStatus The general status of the current stage.
---@field EdgeDeploymentSuccessInStage integer The number of edge devices with the successful deployment in the current stage.
---@field EdgeDeploymentPendingInStage integer The number of edge devices yet to pick up the deployment in current stage, or in progress.
---@field EdgeDeploymentFailedInStage integer The number of edge devices that failed the deployment in current stage.
---@field EdgeDeploymentStatusMessage? string A detailed message about deployment status in current stage.
---@field EdgeDeploymentStageStartTime? awsjobs.Timestamp The time when the deployment API started.

---The model on the edge device.
---@class awsjobs.sagemaker.EdgeModel
---@field ModelName string The name of the model.
---@field ModelVersion string The model version.
---@field LatestSampleTime? awsjobs.Timestamp The timestamp of the last data sample taken.
---@field LatestInference? awsjobs.Timestamp The timestamp of the last inference that was made.

---Status of edge devices with this model.
---@class awsjobs.sagemaker.EdgeModelStat
---@field ModelName string The name of the model.
---@field ModelVersion string The model version.
---@field OfflineDeviceCount integer The number of devices that have this model version and do not have a heart beat.
---@field ConnectedDeviceCount integer The number of devices that have this model version and have a heart beat.
---@field ActiveDeviceCount integer The number of devices that have this model version, a heart beat, and are currently running.
---@field SamplingDeviceCount integer The number of devices with this model version and are producing sample data.

---Summary of model on edge device.
---@class awsjobs.sagemaker.EdgeModelSummary
---@field ModelName string The name of the model.
---@field ModelVersion string The version model.

---The output configuration.
---@class awsjobs.sagemaker.EdgeOutputConfig
---@field S3OutputLocation string The Amazon Simple Storage (S3) bucker URI.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume after...
---@field PresetDeploymentType? awsjobs.sagemaker.EdgePresetDeploymentType The deployment type SageMaker Edge Manager will create.
---@field PresetDeploymentConfig? string The configuration used to create deployment artifacts.

---Summary of edge packaging job.
---@class awsjobs.sagemaker.EdgePackagingJobSummary
---@field EdgePackagingJobArn string The Amazon Resource Name (ARN) of the edge packaging job.
---@field EdgePackagingJobName string The name of the edge packaging job.
---@field EdgePackagingJobStatus awsjobs.sagemaker.EdgePackagingJobStatus The status of the edge packaging job.
---@field CompilationJobName? string The name of the SageMaker Neo compilation job.
---@field ModelName? string The name of the model.
---@field ModelVersion? string The version of the model.
---@field CreationTime? awsjobs.Timestamp The timestamp of when the job was created.
---@field LastModifiedTime? awsjobs.Timestamp The timestamp of when the edge packaging job was last updated.

---The output of a SageMaker Edge Manager deployable resource.
---@class awsjobs.sagemaker.EdgePresetDeploymentOutput
---@field Type awsjobs.sagemaker.EdgePresetDeploymentType The deployment type created by SageMaker Edge Manager.
---@field Artifact? string The Amazon Resource Name (ARN) of the generated deployable resource.
---@field Status? awsjobs.sagemaker.EdgePresetDeploymentStatus The status of the deployable resource.
---@field StatusMessage? string Returns a message describing the status of the deployed resource.

---Note: This data type is intended for use exclusively by SageMaker Canvas and cannot be used in other contexts at the moment.
---@class awsjobs.sagemaker.EmrServerlessComputeConfig
---@field ExecutionRoleARN string The ARN of the IAM role granting the AutoML job V2 the necessary permissions access policies to list, connect to, or manage EMR Serverless jobs.

---The settings for running Amazon EMR Serverless jobs in SageMaker Canvas.
---@class awsjobs.sagemaker.EmrServerlessSettings
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of the Amazon Web Services IAM role that is assumed for running Amazon EMR Serverless jobs in SageMaker Canvas.
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether Amazon EMR Serverless job capabilities are enabled or disabled in the SageMaker Canvas application.

---The configuration parameters that specify the IAM roles assumed by the execution role of SageMaker (assumable roles) and the cluster instances or job execution environments (execution roles or...
---@class awsjobs.sagemaker.EmrSettings
---@field AssumableRoleArns? string[] An array of Amazon Resource Names (ARNs) of the IAM roles that the execution role of SageMaker can assume for performing operations or tasks related to...
---@field ExecutionRoleArns? string[] An array of Amazon Resource Names (ARNs) of the IAM roles used by the Amazon EMR cluster instances or job execution environments to access other Amazon Web...

---@class awsjobs.sagemaker.EnableSagemakerServicecatalogPortfolioInput

---@class awsjobs.sagemaker.EnableSagemakerServicecatalogPortfolioOutput

---A hosted endpoint for real-time inference.
---@class awsjobs.sagemaker.Endpoint
---@field EndpointName string The name of the endpoint.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.
---@field EndpointConfigName string The endpoint configuration associated with the endpoint.
---@field ProductionVariants? awsjobs.sagemaker.ProductionVariantSummary[] A list of the production variants hosted on the endpoint.
---@field DataCaptureConfig? awsjobs.sagemaker.DataCaptureConfigSummary
---@field EndpointStatus awsjobs.sagemaker.EndpointStatus The status of the endpoint.
---@field FailureReason? string If the endpoint failed, the reason it failed.
---@field CreationTime awsjobs.Timestamp The time that the endpoint was created.
---@field LastModifiedTime awsjobs.Timestamp The last time the endpoint was modified.
---@field MonitoringSchedules? awsjobs.sagemaker.MonitoringSchedule[] A list of monitoring schedules for the endpoint.
---@field Tags? awsjobs.sagemaker.Tag[] A list of the tags associated with the endpoint.
---@field ShadowProductionVariants? awsjobs.sagemaker.ProductionVariantSummary[] A list of the shadow variants hosted on the endpoint.

---Metadata for an endpoint configuration step.
---@class awsjobs.sagemaker.EndpointConfigStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the endpoint configuration used in the step.

---Provides summary information for an endpoint configuration.
---@class awsjobs.sagemaker.EndpointConfigSummary
---@field EndpointConfigName string The name of the endpoint configuration.
---@field EndpointConfigArn string The Amazon Resource Name (ARN) of the endpoint configuration.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the endpoint configuration was created.

---Details about a customer endpoint that was compared in an Inference Recommender job.
---@class awsjobs.sagemaker.EndpointInfo
---@field EndpointName? string The name of a customer's endpoint.

---Input object for the endpoint
---@class awsjobs.sagemaker.EndpointInput
---@field EndpointName string An endpoint in customer's account which has enabled DataCaptureConfig enabled.
---@field LocalPath string Path to the filesystem where the endpoint data is available to the container.
---@field S3InputMode? awsjobs.sagemaker.ProcessingS3InputMode Whether the Pipe or File is used as the input mode for transferring data for the monitoring job.
---@field S3DataDistributionType? awsjobs.sagemaker.ProcessingS3DataDistributionType Whether input data distributed in Amazon S3 is fully replicated or sharded by an Amazon S3 key.
---@field FeaturesAttribute? string The attributes of the input data that are the input features.
---@field InferenceAttribute? string The attribute of the input data that represents the ground truth label.
---@field ProbabilityAttribute? string In a classification problem, the attribute that represents the class probability.
---@field ProbabilityThresholdAttribute? number The threshold for the class probability to be evaluated as a positive result.
---@field StartTimeOffset? string If specified, monitoring jobs substract this time from the start time.
---@field EndTimeOffset? string If specified, monitoring jobs substract this time from the end time.
---@field ExcludeFeaturesAttribute? string The attributes of the input data to exclude from the analysis.

---The endpoint configuration for the load test.
---@class awsjobs.sagemaker.EndpointInputConfiguration
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The instance types to use for the load test.
---@field ServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig
---@field InferenceSpecificationName? string The inference specification name in the model package version.
---@field EnvironmentParameterRanges? awsjobs.sagemaker.EnvironmentParameterRanges The parameter you want to benchmark against.

---The metadata of the endpoint.
---@class awsjobs.sagemaker.EndpointMetadata
---@field EndpointName string The name of the endpoint.
---@field EndpointConfigName? string The name of the endpoint configuration.
---@field EndpointStatus? awsjobs.sagemaker.EndpointStatus The status of the endpoint.
---@field FailureReason? string If the status of the endpoint is Failed, or the status is InService but update operation fails, this provides the reason why it failed.

---The endpoint configuration made by Inference Recommender during a recommendation job.
---@class awsjobs.sagemaker.EndpointOutputConfiguration
---@field EndpointName string The name of the endpoint made during a recommendation job.
---@field VariantName string The name of the production variant (deployed model) made during a recommendation job.
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The instance type recommended by Amazon SageMaker Inference Recommender.
---@field InitialInstanceCount? integer The number of instances recommended to launch initially.
---@field ServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig

---The performance results from running an Inference Recommender job on an existing endpoint.
---@class awsjobs.sagemaker.EndpointPerformance
---@field Metrics awsjobs.sagemaker.InferenceMetrics The metrics for an existing endpoint.
---@field EndpointInfo awsjobs.sagemaker.EndpointInfo

---Metadata for an endpoint step.
---@class awsjobs.sagemaker.EndpointStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the endpoint in the step.

---Provides summary information for an endpoint.
---@class awsjobs.sagemaker.EndpointSummary
---@field EndpointName string The name of the endpoint.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the endpoint was created.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that shows when the endpoint was last modified.
---@field EndpointStatus awsjobs.sagemaker.EndpointStatus The status of the endpoint.

---The configuration for the restricted instance groups (RIG) environment.
---@class awsjobs.sagemaker.EnvironmentConfig
---@field FSxLustreConfig? awsjobs.sagemaker.FSxLustreConfig Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.

---The configuration details for the restricted instance groups (RIG) environment.
---@class awsjobs.sagemaker.EnvironmentConfigDetails
---@field FSxLustreConfig? awsjobs.sagemaker.FSxLustreConfig Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
---@field S3OutputPath? string The Amazon S3 path where output data from the restricted instance group (RIG) environment will be stored.

---A list of environment parameters suggested by the Amazon SageMaker Inference Recommender.
---@class awsjobs.sagemaker.EnvironmentParameter
---@field Key string The environment key suggested by the Amazon SageMaker Inference Recommender.
---@field ValueType string The value type suggested by the Amazon SageMaker Inference Recommender.
---@field Value string The value suggested by the Amazon SageMaker Inference Recommender.

---Specifies the range of environment parameters
---@class awsjobs.sagemaker.EnvironmentParameterRanges
---@field CategoricalParameterRanges? awsjobs.sagemaker.CategoricalParameter[] Specified a list of parameters for each category.

---This is an error field object that contains the error code and the reason for an operation failure.
---@class awsjobs.sagemaker.ErrorInfo
---@field Code? string The error code for an invalid or failed operation.
---@field Reason? string The failure reason for the operation.

---Detailed information about a specific event, including event metadata.
---@class awsjobs.sagemaker.EventDetails
---@field EventMetadata? awsjobs.sagemaker.EventMetadata Metadata specific to the event, which may include information about the cluster, instance group, or instance involved.

---Metadata associated with a cluster event, which may include details about various resource types.
---@class awsjobs.sagemaker.EventMetadata
---@field Cluster? awsjobs.sagemaker.ClusterMetadata Metadata specific to cluster-level events.
---@field InstanceGroup? awsjobs.sagemaker.InstanceGroupMetadata Metadata specific to instance group-level events.
---@field InstanceGroupScaling? awsjobs.sagemaker.InstanceGroupScalingMetadata Metadata related to instance group scaling events.
---@field Instance? awsjobs.sagemaker.InstanceMetadata Metadata specific to instance-level events.

---The properties of an experiment as returned by the Search API.
---@class awsjobs.sagemaker.Experiment
---@field ExperimentName? string The name of the experiment.
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment.
---@field DisplayName? string The name of the experiment as displayed.
---@field Source? awsjobs.sagemaker.ExperimentSource
---@field Description? string The description of the experiment.
---@field CreationTime? awsjobs.Timestamp When the experiment was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the experiment.
---@field LastModifiedTime? awsjobs.Timestamp When the experiment was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field Tags? awsjobs.sagemaker.Tag[] The list of tags that are associated with the experiment.

---Associates a SageMaker job as a trial component with an experiment and trial.
---@class awsjobs.sagemaker.ExperimentConfig
---@field ExperimentName? string The name of an existing experiment to associate with the trial component.
---@field TrialName? string The name of an existing trial to associate the trial component with.
---@field TrialComponentDisplayName? string The display name for the trial component.
---@field RunName? string The name of the experiment run to associate with the trial component.

---The source of the experiment.
---@class awsjobs.sagemaker.ExperimentSource
---@field SourceArn string The Amazon Resource Name (ARN) of the source.
---@field SourceType? string The source type.

---A summary of the properties of an experiment.
---@class awsjobs.sagemaker.ExperimentSummary
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment.
---@field ExperimentName? string The name of the experiment.
---@field DisplayName? string The name of the experiment as displayed.
---@field ExperimentSource? awsjobs.sagemaker.ExperimentSource
---@field CreationTime? awsjobs.Timestamp When the experiment was created.
---@field LastModifiedTime? awsjobs.Timestamp When the experiment was last modified.

---Contains explainability metrics for a model.
---@class awsjobs.sagemaker.Explainability
---@field Report? awsjobs.sagemaker.MetricsSource The explainability report for a model.

---A parameter to activate explainers.
---@class awsjobs.sagemaker.ExplainerConfig
---@field ClarifyExplainerConfig? awsjobs.sagemaker.ClarifyExplainerConfig A member of ExplainerConfig that contains configuration parameters for the SageMaker Clarify explainer.

---@class awsjobs.sagemaker.ExtendTrainingPlanRequest
---@field TrainingPlanExtensionOfferingId string The unique identifier of the extension offering to purchase.

---@class awsjobs.sagemaker.ExtendTrainingPlanResponse
---@field TrainingPlanExtensions awsjobs.sagemaker.TrainingPlanExtension[] The list of extensions for the training plan, including the newly created extension.

---Configuration settings for an Amazon FSx for Lustre file system to be used with the cluster.
---@class awsjobs.sagemaker.FSxLustreConfig
---@field SizeInGiB integer The storage capacity of the Amazon FSx for Lustre file system, specified in gibibytes (GiB).
---@field PerUnitStorageThroughput integer The throughput capacity of the Amazon FSx for Lustre file system, measured in MB/s per TiB of storage.

---A custom file system in Amazon FSx for Lustre.
---@class awsjobs.sagemaker.FSxLustreFileSystem
---@field FileSystemId string Amazon FSx for Lustre file system ID.

---The settings for assigning a custom Amazon FSx for Lustre file system to a user profile or space for an Amazon SageMaker Domain.
---@class awsjobs.sagemaker.FSxLustreFileSystemConfig
---@field FileSystemId string The globally unique, 17-digit, ID of the file system, assigned by Amazon FSx for Lustre.
---@field FileSystemPath? string The path to the file system directory that is accessible in Amazon SageMaker Studio.

---The container for the metadata for Fail step.
---@class awsjobs.sagemaker.FailStepMetadata
---@field ErrorMessage? string A message that you define and then is processed and rendered by the Fail step when the error occurs.

---A list of features.
---@class awsjobs.sagemaker.FeatureDefinition
---@field FeatureName string The name of a feature.
---@field FeatureType awsjobs.sagemaker.FeatureType The value type of a feature.
---@field CollectionType? awsjobs.sagemaker.CollectionType A grouping of elements where each element within the collection must have the same feature type (String, Integral, or Fractional).
---@field CollectionConfig? awsjobs.sagemaker.CollectionConfig Configuration for your collection.

---Amazon SageMaker Feature Store stores features in a collection called Feature Group.
---@class awsjobs.sagemaker.FeatureGroup
---@field FeatureGroupArn? string The Amazon Resource Name (ARN) of a FeatureGroup.
---@field FeatureGroupName? string The name of the FeatureGroup.
---@field RecordIdentifierFeatureName? string The name of the Feature whose value uniquely identifies a Record defined in the FeatureGroup FeatureDefinitions.
---@field EventTimeFeatureName? string The name of the feature that stores the EventTime of a Record in a FeatureGroup.
---@field FeatureDefinitions? awsjobs.sagemaker.FeatureDefinition[] A list of Features.
---@field CreationTime? awsjobs.Timestamp The time a FeatureGroup was created.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp indicating the last time you updated the feature group.
---@field OnlineStoreConfig? awsjobs.sagemaker.OnlineStoreConfig
---@field OfflineStoreConfig? awsjobs.sagemaker.OfflineStoreConfig
---@field RoleArn? string The Amazon Resource Name (ARN) of the IAM execution role used to create the feature group.
---@field FeatureGroupStatus? awsjobs.sagemaker.FeatureGroupStatus A FeatureGroup status.
---@field OfflineStoreStatus? awsjobs.sagemaker.OfflineStoreStatus
---@field LastUpdateStatus? awsjobs.sagemaker.LastUpdateStatus A value that indicates whether the feature group was updated successfully.
---@field FailureReason? string The reason that the FeatureGroup failed to be replicated in the OfflineStore.
---@field Description? string A free form description of a FeatureGroup.
---@field Tags? awsjobs.sagemaker.Tag[] Tags used to define a FeatureGroup.

---The name, ARN, CreationTime, FeatureGroup values, LastUpdatedTime and EnableOnlineStorage status of a FeatureGroup.
---@class awsjobs.sagemaker.FeatureGroupSummary
---@field FeatureGroupName string The name of FeatureGroup.
---@field FeatureGroupArn string Unique identifier for the FeatureGroup.
---@field CreationTime awsjobs.Timestamp A timestamp indicating the time of creation time of the FeatureGroup.
---@field FeatureGroupStatus? awsjobs.sagemaker.FeatureGroupStatus The status of a FeatureGroup.
---@field OfflineStoreStatus? awsjobs.sagemaker.OfflineStoreStatus Notifies you if replicating data into the OfflineStore has failed.

---The metadata for a feature.
---@class awsjobs.sagemaker.FeatureMetadata
---@field FeatureGroupArn? string The Amazon Resource Number (ARN) of the feature group.
---@field FeatureGroupName? string The name of the feature group containing the feature.
---@field FeatureName? string The name of feature.
---@field FeatureType? awsjobs.sagemaker.FeatureType The data type of the feature.
---@field CreationTime? awsjobs.Timestamp A timestamp indicating when the feature was created.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp indicating when the feature was last modified.
---@field Description? string An optional description that you specify to better describe the feature.
---@field Parameters? awsjobs.sagemaker.FeatureParameter[] Optional key-value pairs that you specify to better describe the feature.

---A key-value pair that you specify to describe the feature.
---@class awsjobs.sagemaker.FeatureParameter
---@field Key? string A key that must contain a value to describe the feature.
---@field Value? string The value that belongs to a key.

---Contains details regarding the file source.
---@class awsjobs.sagemaker.FileSource
---@field ContentType? string The type of content stored in the file source.
---@field ContentDigest? string The digest of the file source.
---@field S3Uri string The Amazon S3 URI for the file source.

---The Amazon Elastic File System storage configuration for a SageMaker AI image.
---@class awsjobs.sagemaker.FileSystemConfig
---@field MountPath? string The path within the image to mount the user's EFS home directory.
---@field DefaultUid? integer The default POSIX user ID (UID).
---@field DefaultGid? integer The default POSIX group ID (GID).

---Specifies a file system data source for a channel.
---@class awsjobs.sagemaker.FileSystemDataSource
---@field FileSystemId string The file system id.
---@field FileSystemAccessMode awsjobs.sagemaker.FileSystemAccessMode The access mode of the mount of the directory associated with the channel.
---@field FileSystemType awsjobs.sagemaker.FileSystemType The file system type.
---@field DirectoryPath string The full path to the directory to associate with the channel.

---A conditional statement for a search expression that includes a resource property, a Boolean operator, and a value.
---@class awsjobs.sagemaker.Filter
---@field Name string A resource property name.
---@field Operator? awsjobs.sagemaker.Operator A Boolean binary operator that is used to evaluate the filter.
---@field Value? string A value used with Name and Operator to determine which resources satisfy the filter's condition.

---The best candidate result from an AutoML training job.
---@class awsjobs.sagemaker.FinalAutoMLJobObjectiveMetric
---@field Type? awsjobs.sagemaker.AutoMLJobObjectiveType The type of metric with the best result.
---@field MetricName awsjobs.sagemaker.AutoMLMetricEnum The name of the metric with the best result.
---@field Value number The value of the metric with the best result.
---@field StandardMetricName? awsjobs.sagemaker.AutoMLMetricEnum The name of the standard metric.

---Shows the latest objective metric emitted by a training job that was launched by a hyperparameter tuning job.
---@class awsjobs.sagemaker.FinalHyperParameterTuningJobObjectiveMetric
---@field Type? awsjobs.sagemaker.HyperParameterTuningJobObjectiveType Select if you want to minimize or maximize the objective metric during hyperparameter tuning.
---@field MetricName string The name of the objective metric.
---@field Value number The value of the objective metric.

---Contains information about where human output will be stored.
---@class awsjobs.sagemaker.FlowDefinitionOutputConfig
---@field S3OutputPath string The Amazon S3 path where the object containing human output will be made available.
---@field KmsKeyId? string The Amazon Key Management Service (KMS) key ID for server-side encryption.

---Contains summary information about the flow definition.
---@class awsjobs.sagemaker.FlowDefinitionSummary
---@field FlowDefinitionName string The name of the flow definition.
---@field FlowDefinitionArn string The Amazon Resource Name (ARN) of the flow definition.
---@field FlowDefinitionStatus awsjobs.sagemaker.FlowDefinitionStatus The status of the flow definition.
---@field CreationTime awsjobs.Timestamp The timestamp when SageMaker created the flow definition.
---@field FailureReason? string The reason why the flow definition creation failed.

---The generative AI settings for the SageMaker Canvas application.
---@class awsjobs.sagemaker.GenerativeAiSettings
---@field AmazonBedrockRoleArn? string The ARN of an Amazon Web Services IAM role that allows fine-tuning of large language models (LLMs) in Amazon Bedrock.

---@class awsjobs.sagemaker.GetDeviceFleetReportRequest
---@field DeviceFleetName string The name of the fleet.

---@class awsjobs.sagemaker.GetDeviceFleetReportResponse
---@field DeviceFleetArn string The Amazon Resource Name (ARN) of the device.
---@field DeviceFleetName string The name of the fleet.
---@field OutputConfig? awsjobs.sagemaker.EdgeOutputConfig The output configuration for storing sample data collected by the fleet.
---@field Description? string Description of the fleet.
---@field ReportGenerated? awsjobs.Timestamp Timestamp of when the report was generated.
---@field DeviceStats? awsjobs.sagemaker.DeviceStats Status of devices.
---@field AgentVersions? awsjobs.sagemaker.AgentVersion[] The versions of Edge Manager agent deployed on the fleet.
---@field ModelStats? awsjobs.sagemaker.EdgeModelStat[] Status of model on device.

---@class awsjobs.sagemaker.GetLineageGroupPolicyRequest
---@field LineageGroupName string The name or Amazon Resource Name (ARN) of the lineage group.

---@class awsjobs.sagemaker.GetLineageGroupPolicyResponse
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group.
---@field ResourcePolicy? string The resource policy that gives access to the lineage group in another account.

---@class awsjobs.sagemaker.GetModelPackageGroupPolicyInput
---@field ModelPackageGroupName string The name of the model group for which to get the resource policy.

---@class awsjobs.sagemaker.GetModelPackageGroupPolicyOutput
---@field ResourcePolicy string The resource policy for the model group.

---@class awsjobs.sagemaker.GetSagemakerServicecatalogPortfolioStatusInput

---@class awsjobs.sagemaker.GetSagemakerServicecatalogPortfolioStatusOutput
---@field Status? awsjobs.sagemaker.SagemakerServicecatalogStatus Whether Service Catalog is enabled or disabled in SageMaker.

---@class awsjobs.sagemaker.GetScalingConfigurationRecommendationRequest
---@field InferenceRecommendationsJobName string The name of a previously completed Inference Recommender job.
---@field RecommendationId? string The recommendation ID of a previously completed inference recommendation.
---@field EndpointName? string The name of an endpoint benchmarked during a previously completed inference recommendation job.
---@field TargetCpuUtilizationPerCore? integer The percentage of how much utilization you want an instance to use before autoscaling.
---@field ScalingPolicyObjective? awsjobs.sagemaker.ScalingPolicyObjective An object where you specify the anticipated traffic pattern for an endpoint.

---@class awsjobs.sagemaker.GetScalingConfigurationRecommendationResponse
---@field InferenceRecommendationsJobName? string The name of a previously completed Inference Recommender job.
---@field RecommendationId? string The recommendation ID of a previously completed inference recommendation.
---@field EndpointName? string The name of an endpoint benchmarked during a previously completed Inference Recommender job.
---@field TargetCpuUtilizationPerCore? integer The percentage of how much utilization you want an instance to use before autoscaling, which you specified in the request.
---@field ScalingPolicyObjective? awsjobs.sagemaker.ScalingPolicyObjective An object representing the anticipated traffic pattern for an endpoint that you specified in the request.
---@field Metric? awsjobs.sagemaker.ScalingPolicyMetric An object with a list of metrics that were benchmarked during the previously completed Inference Recommender job.
---@field DynamicScalingConfiguration? awsjobs.sagemaker.DynamicScalingConfiguration An object with the recommended values for you to specify when creating an autoscaling policy.

---@class awsjobs.sagemaker.GetSearchSuggestionsRequest
---@field Resource awsjobs.sagemaker.ResourceType The name of the SageMaker resource to search for.
---@field SuggestionQuery? awsjobs.sagemaker.SuggestionQuery Limits the property names that are included in the response.

---@class awsjobs.sagemaker.GetSearchSuggestionsResponse
---@field PropertyNameSuggestions? awsjobs.sagemaker.PropertyNameSuggestion[] A list of property names for a Resource that match a SuggestionQuery.

---Specifies configuration details for a Git repository in your Amazon Web Services account.
---@class awsjobs.sagemaker.GitConfig
---@field RepositoryUrl string The URL where the Git repository is located.
---@field Branch? string The default branch for the Git repository.
---@field SecretArn? string The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that contains the credentials used to access the git repository.

---Specifies configuration details for a Git repository when the repository is updated.
---@class awsjobs.sagemaker.GitConfigForUpdate
---@field SecretArn? string The Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that contains the credentials used to access the git repository.

---The SageMaker images that are hidden from the Studio user interface.
---@class awsjobs.sagemaker.HiddenSageMakerImage
---@field SageMakerImageName? awsjobs.sagemaker.SageMakerImageName The SageMaker image name that you are hiding from the Studio user interface.
---@field VersionAliases? string[] The version aliases you are hiding from the Studio user interface.

---Stores the holiday featurization attributes applicable to each item of time-series datasets during the training of a forecasting model.
---@class awsjobs.sagemaker.HolidayConfigAttributes
---@field CountryCode? string The country code for the holiday calendar.

---The configuration for a private hub model reference that points to a public SageMaker JumpStart model.
---@class awsjobs.sagemaker.HubAccessConfig
---@field HubContentArn string The ARN of your private model hub content.

---Any dependencies related to hub content, such as scripts, model artifacts, datasets, or notebooks.
---@class awsjobs.sagemaker.HubContentDependency
---@field DependencyOriginPath? string The hub content dependency origin path.
---@field DependencyCopyPath? string The hub content dependency copy path.

---Information about hub content.
---@class awsjobs.sagemaker.HubContentInfo
---@field HubContentName string The name of the hub content.
---@field HubContentArn string The Amazon Resource Name (ARN) of the hub content.
---@field SageMakerPublicHubContentArn? string The ARN of the public hub content.
---@field HubContentVersion string The version of the hub content.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content.
---@field DocumentSchemaVersion string The version of the hub content document schema.
---@field HubContentDisplayName? string The display name of the hub content.
---@field HubContentDescription? string A description of the hub content.
---@field SupportStatus? awsjobs.sagemaker.HubContentSupportStatus The support status of the hub content.
---@field HubContentSearchKeywords? string[] The searchable keywords for the hub content.
---@field HubContentStatus awsjobs.sagemaker.HubContentStatus The status of the hub content.
---@field CreationTime awsjobs.Timestamp The date and time that the hub content was created.
---@field OriginalCreationTime? awsjobs.Timestamp The date and time when the hub content was originally created, before any updates or revisions.

---Information about a hub.
---@class awsjobs.sagemaker.HubInfo
---@field HubName string The name of the hub.
---@field HubArn string The Amazon Resource Name (ARN) of the hub.
---@field HubDisplayName? string The display name of the hub.
---@field HubDescription? string A description of the hub.
---@field HubSearchKeywords? string[] The searchable keywords for the hub.
---@field HubStatus awsjobs.sagemaker.HubStatus The status of the hub.
---@field CreationTime awsjobs.Timestamp The date and time that the hub was created.
---@field LastModifiedTime awsjobs.Timestamp The date and time that the hub was last modified.

---The Amazon S3 storage configuration of a hub.
---@class awsjobs.sagemaker.HubS3StorageConfig
---@field S3OutputPath? string The Amazon S3 bucket prefix for hosting hub content.

---Defines under what conditions SageMaker creates a human loop.
---@class awsjobs.sagemaker.HumanLoopActivationConditionsConfig
---@field HumanLoopActivationConditions string JSON expressing use-case specific conditions declaratively.

---Provides information about how and under what conditions SageMaker creates a human loop.
---@class awsjobs.sagemaker.HumanLoopActivationConfig
---@field HumanLoopActivationConditionsConfig awsjobs.sagemaker.HumanLoopActivationConditionsConfig Container structure for defining under what conditions SageMaker creates a human loop.

---Describes the work to be performed by human workers.
---@class awsjobs.sagemaker.HumanLoopConfig
---@field WorkteamArn string Amazon Resource Name (ARN) of a team of workers.
---@field HumanTaskUiArn string The Amazon Resource Name (ARN) of the human task user interface.
---@field TaskTitle string A title for the human worker task.
---@field TaskDescription string A description for the human worker task.
---@field TaskCount integer The number of distinct workers who will perform the same task on each object.
---@field TaskAvailabilityLifetimeInSeconds? integer The length of time that a task remains available for review by human workers.
---@field TaskTimeLimitInSeconds? integer The amount of time that a worker has to complete a task.
---@field TaskKeywords? string[] Keywords used to describe the task so that workers can discover the task.
---@field PublicWorkforceTaskPrice? awsjobs.sagemaker.PublicWorkforceTaskPrice

---Container for configuring the source of human task requests.
---@class awsjobs.sagemaker.HumanLoopRequestSource
---@field AwsManagedHumanLoopRequestSource awsjobs.sagemaker.AwsManagedHumanLoopRequestSource Specifies whether Amazon Rekognition or Amazon Textract are used as the integration source.

---Information required for human workers to complete a labeling task.
---@class awsjobs.sagemaker.HumanTaskConfig
---@field WorkteamArn string The Amazon Resource Name (ARN) of the work team assigned to complete the tasks.
---@field UiConfig awsjobs.sagemaker.UiConfig Information about the user interface that workers use to complete the labeling task.
---@field PreHumanTaskLambdaArn? string The Amazon Resource Name (ARN) of a Lambda function that is run before a data object is sent to a human worker.
---@field TaskKeywords? string[] Keywords used to describe the task so that workers on Amazon Mechanical Turk can discover the task.
---@field TaskTitle string A title for the task for your human workers.
---@field TaskDescription string A description of the task for your human workers.
---@field NumberOfHumanWorkersPerDataObject integer The number of human workers that will label an object.
---@field TaskTimeLimitInSeconds integer The amount of time that a worker has to complete a task.
---@field TaskAvailabilityLifetimeInSeconds? integer The length of time that a task remains available for labeling by human workers.
---@field MaxConcurrentTaskCount? integer Defines the maximum number of data objects that can be labeled by human workers at the same time.
---@field AnnotationConsolidationConfig? awsjobs.sagemaker.AnnotationConsolidationConfig Configures how labels are consolidated across human workers.
---@field PublicWorkforceTaskPrice? awsjobs.sagemaker.PublicWorkforceTaskPrice The price that you pay for each task performed by an Amazon Mechanical Turk worker.

---Container for human task user interface information.
---@class awsjobs.sagemaker.HumanTaskUiSummary
---@field HumanTaskUiName string The name of the human task user interface.
---@field HumanTaskUiArn string The Amazon Resource Name (ARN) of the human task user interface.
---@field CreationTime awsjobs.Timestamp A timestamp when SageMaker created the human task user interface.

---Specifies which training algorithm to use for training jobs that a hyperparameter tuning job launches and the metrics to monitor.
---@class awsjobs.sagemaker.HyperParameterAlgorithmSpecification
---@field TrainingImage? string The registry path of the Docker image that contains the training algorithm.
---@field TrainingInputMode awsjobs.sagemaker.TrainingInputMode
---@field AlgorithmName? string The name of the resource algorithm to use for the hyperparameter tuning job.
---@field MetricDefinitions? awsjobs.sagemaker.MetricDefinition[] An array of MetricDefinition objects that specify the metrics that the algorithm emits.

---Defines a hyperparameter to be used by an algorithm.
---@class awsjobs.sagemaker.HyperParameterSpecification
---@field Name string The name of this hyperparameter.
---@field Description? string A brief description of the hyperparameter.
---@field Type awsjobs.sagemaker.ParameterType The type of this hyperparameter.
---@field Range? awsjobs.sagemaker.ParameterRange The allowed range for this hyperparameter.
---@field IsTunable? boolean Indicates whether this hyperparameter is tunable in a hyperparameter tuning job.
---@field IsRequired? boolean Indicates whether this hyperparameter is required.
---@field DefaultValue? string The default value for this hyperparameter.

---Defines the training jobs launched by a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTrainingJobDefinition
---@field DefinitionName? string The job definition name.
---@field TuningObjective? awsjobs.sagemaker.HyperParameterTuningJobObjective
---@field HyperParameterRanges? awsjobs.sagemaker.ParameterRanges
---@field StaticHyperParameters? table<string, string> Specifies the values of hyperparameters that do not change for the tuning job.
---@field AlgorithmSpecification awsjobs.sagemaker.HyperParameterAlgorithmSpecification The HyperParameterAlgorithmSpecification object that specifies the resource algorithm to use for the training jobs that the tuning job launches.
---@field RoleArn string The Amazon Resource Name (ARN) of the IAM role associated with the training jobs that the tuning job launches.
---@field InputDataConfig? awsjobs.sagemaker.Channel[] An array of Channel objects that specify the input for the training jobs that the tuning job launches.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig The VpcConfig object that specifies the VPC that you want the training jobs that this hyperparameter tuning job launches to connect to.
---@field OutputDataConfig awsjobs.sagemaker.OutputDataConfig Specifies the path to the Amazon S3 bucket where you store model artifacts from the training jobs that the tuning job launches.
---@field ResourceConfig? awsjobs.sagemaker.ResourceConfig The resources, including the compute instances and storage volumes, to use for the training jobs that the tuning job launches.
---@field HyperParameterTuningResourceConfig? awsjobs.sagemaker.HyperParameterTuningResourceConfig The configuration for the hyperparameter tuning resources, including the compute instances and storage volumes, used for training jobs launched by the...
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model hyperparameter training job can run.
---@field EnableNetworkIsolation? boolean Isolates the training container.
---@field EnableInterContainerTrafficEncryption? boolean To encrypt all communications between ML compute instances in distributed training, choose True.
---@field EnableManagedSpotTraining? boolean A Boolean indicating whether managed spot training is enabled (True) or not (False).
---@field CheckpointConfig? awsjobs.sagemaker.CheckpointConfig
---@field RetryStrategy? awsjobs.sagemaker.RetryStrategy The number of times to retry the job when the job fails due to an InternalServerError.
---@field Environment? table<string, string> An environment variable that you can pass into the SageMaker CreateTrainingJob API.

---The container for the summary information about a training job.
---@class awsjobs.sagemaker.HyperParameterTrainingJobSummary
---@field TrainingJobDefinitionName? string The training job definition name.
---@field TrainingJobName string The name of the training job.
---@field TrainingJobArn string The Amazon Resource Name (ARN) of the training job.
---@field TuningJobName? string The HyperParameter tuning job that launched the training job.
---@field CreationTime awsjobs.Timestamp The date and time that the training job was created.
---@field TrainingStartTime? awsjobs.Timestamp The date and time that the training job started.
---@field TrainingEndTime? awsjobs.Timestamp Specifies the time when the training job ends on training instances.
---@field TrainingJobStatus awsjobs.sagemaker.TrainingJobStatus The status of the training job.
---@field TunedHyperParameters table<string, string> A list of the hyperparameters for which you specified ranges to search.
---@field FailureReason? string The reason that the training job failed.
---@field FinalHyperParameterTuningJobObjectiveMetric? awsjobs.sagemaker.FinalHyperParameterTuningJobObjectiveMetric The FinalHyperParameterTuningJobObjectiveMetric object that specifies the value of the objective metric of the tuning job that launched this training job.
---@field ObjectiveStatus? awsjobs.sagemaker.ObjectiveStatus The status of the objective metric for the training job:

---The configuration for hyperparameter tuning resources for use in training jobs launched by the tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningInstanceConfig
---@field InstanceType awsjobs.sagemaker.TrainingInstanceType The instance type used for processing of hyperparameter optimization jobs.
---@field InstanceCount integer The number of instances of the type specified by InstanceType.
---@field VolumeSizeInGB integer The volume size in GB of the data to be processed for hyperparameter optimization (optional).

---A structure that contains runtime information about both current and completed hyperparameter tuning jobs.
---@class awsjobs.sagemaker.HyperParameterTuningJobCompletionDetails
---@field NumberOfTrainingJobsObjectiveNotImproving? integer The number of training jobs launched by a tuning job that are not improving (1% or less) as measured by model performance evaluated against an objective...
---@field ConvergenceDetectedTime? awsjobs.Timestamp The time in timestamp format that AMT detected model convergence, as defined by a lack of significant improvement over time based on criteria developed over...

---Configures a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobConfig
---@field Strategy awsjobs.sagemaker.HyperParameterTuningJobStrategyType Specifies how hyperparameter tuning chooses the combinations of hyperparameter values to use for the training job it launches.
---@field StrategyConfig? awsjobs.sagemaker.HyperParameterTuningJobStrategyConfig The configuration for the Hyperband optimization strategy.
---@field HyperParameterTuningJobObjective? awsjobs.sagemaker.HyperParameterTuningJobObjective The HyperParameterTuningJobObjective specifies the objective metric used to evaluate the performance of training jobs launched by this tuning job.
---@field ResourceLimits awsjobs.sagemaker.ResourceLimits The ResourceLimits object that specifies the maximum number of training and parallel training jobs that can be used for this hyperparameter tuning job.
---@field ParameterRanges? awsjobs.sagemaker.ParameterRanges The ParameterRanges object that specifies the ranges of hyperparameters that this tuning job searches over to find the optimal configuration for the highest...
---@field TrainingJobEarlyStoppingType? awsjobs.sagemaker.TrainingJobEarlyStoppingType Specifies whether to use early stopping for training jobs launched by the hyperparameter tuning job.
---@field TuningJobCompletionCriteria? awsjobs.sagemaker.TuningJobCompletionCriteria The tuning job's completion criteria.
---@field RandomSeed? integer A value used to initialize a pseudo-random number generator.

---The total resources consumed by your hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobConsumedResources
---@field RuntimeInSeconds? integer The wall clock runtime in seconds used by your hyperparameter tuning job.

---Defines the objective metric for a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobObjective
---@field Type awsjobs.sagemaker.HyperParameterTuningJobObjectiveType Whether to minimize or maximize the objective metric.
---@field MetricName string The name of the metric to use for the objective metric.

---An entity returned by the SearchRecord API containing the properties of a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobSearchEntity
---@field HyperParameterTuningJobName? string The name of a hyperparameter tuning job.
---@field HyperParameterTuningJobArn? string The Amazon Resource Name (ARN) of a hyperparameter tuning job.
---@field HyperParameterTuningJobConfig? awsjobs.sagemaker.HyperParameterTuningJobConfig
---@field TrainingJobDefinition? awsjobs.sagemaker.HyperParameterTrainingJobDefinition
---@field TrainingJobDefinitions? awsjobs.sagemaker.HyperParameterTrainingJobDefinition[] The job definitions included in a hyperparameter tuning job.
---@field HyperParameterTuningJobStatus? awsjobs.sagemaker.HyperParameterTuningJobStatus The status of a hyperparameter tuning job.
---@field CreationTime? awsjobs.Timestamp The time that a hyperparameter tuning job was created.
---@field HyperParameterTuningEndTime? awsjobs.Timestamp The time that a hyperparameter tuning job ended.
---@field LastModifiedTime? awsjobs.Timestamp The time that a hyperparameter tuning job was last modified.
---@field TrainingJobStatusCounters? awsjobs.sagemaker.TrainingJobStatusCounters
---@field ObjectiveStatusCounters? awsjobs.sagemaker.ObjectiveStatusCounters
---@field BestTrainingJob? awsjobs.sagemaker.HyperParameterTrainingJobSummary
---@field OverallBestTrainingJob? awsjobs.sagemaker.HyperParameterTrainingJobSummary
---@field WarmStartConfig? awsjobs.sagemaker.HyperParameterTuningJobWarmStartConfig
---@field FailureReason? string The error that was created when a hyperparameter tuning job failed.
---@field TuningJobCompletionDetails? awsjobs.sagemaker.HyperParameterTuningJobCompletionDetails Information about either a current or completed hyperparameter tuning job.
---@field ConsumedResources? awsjobs.sagemaker.HyperParameterTuningJobConsumedResources The total amount of resources consumed by a hyperparameter tuning job.
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with a hyperparameter tuning job.

---The configuration for a training job launched by a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobStrategyConfig
---@field HyperbandStrategyConfig? awsjobs.sagemaker.HyperbandStrategyConfig The configuration for the object that specifies the Hyperband strategy.

---Provides summary information about a hyperparameter tuning job.
---@class awsjobs.sagemaker.HyperParameterTuningJobSummary
---@field HyperParameterTuningJobName string The name of the tuning job.
---@field HyperParameterTuningJobArn string The Amazon Resource Name (ARN) of the tuning job.
---@field HyperParameterTuningJobStatus awsjobs.sagemaker.HyperParameterTuningJobStatus The status of the tuning job.
---@field Strategy awsjobs.sagemaker.HyperParameterTuningJobStrategyType Specifies the search strategy hyperparameter tuning uses to choose which hyperparameters to evaluate at each iteration.
---@field CreationTime awsjobs.Timestamp The date and time that the tuning job was created.
---@field HyperParameterTuningEndTime? awsjobs.Timestamp The date and time that the tuning job ended.
---@field LastModifiedTime? awsjobs.Timestamp The date and time that the tuning job was modified.
---@field TrainingJobStatusCounters awsjobs.sagemaker.TrainingJobStatusCounters The TrainingJobStatusCounters object that specifies the numbers of training jobs, categorized by status, that this tuning job launched.
---@field ObjectiveStatusCounters awsjobs.sagemaker.ObjectiveStatusCounters The ObjectiveStatusCounters object that specifies the numbers of training jobs, categorized by objective metric status, that this tuning job launched.
---@field ResourceLimits? awsjobs.sagemaker.ResourceLimits The ResourceLimits object that specifies the maximum number of training jobs and parallel training jobs allowed for this tuning job.

---Specifies the configuration for a hyperparameter tuning job that uses one or more previous hyperparameter tuning jobs as a starting point.
---@class awsjobs.sagemaker.HyperParameterTuningJobWarmStartConfig
---@field ParentHyperParameterTuningJobs awsjobs.sagemaker.ParentHyperParameterTuningJob[] An array of hyperparameter tuning jobs that are used as the starting point for the new hyperparameter tuning job.
---@field WarmStartType awsjobs.sagemaker.HyperParameterTuningJobWarmStartType Specifies one of the following:

---The configuration of resources, including compute instances and storage volumes for use in training jobs launched by hyperparameter tuning jobs.
---@class awsjobs.sagemaker.HyperParameterTuningResourceConfig
---@field InstanceType? awsjobs.sagemaker.TrainingInstanceType The instance type used to run hyperparameter optimization tuning jobs.
---@field InstanceCount? integer The number of compute instances of type InstanceType to use.
---@field VolumeSizeInGB? integer The volume size in GB for the storage volume to be used in processing hyperparameter optimization jobs (optional).
---@field VolumeKmsKeyId? string A key used by Amazon Web Services Key Management Service to encrypt data on the storage volume attached to the compute instances used to run the training job.
---@field AllocationStrategy? awsjobs.sagemaker.HyperParameterTuningAllocationStrategy The strategy that determines the order of preference for resources specified in InstanceConfigs used in hyperparameter optimization.
---@field InstanceConfigs? awsjobs.sagemaker.HyperParameterTuningInstanceConfig[] A list containing the configuration(s) for one or more resources for processing hyperparameter jobs.

---The configuration for Hyperband, a multi-fidelity based hyperparameter tuning strategy.
---@class awsjobs.sagemaker.HyperbandStrategyConfig
---@field MinResource? integer The minimum number of resources (such as epochs) that can be used by a training job launched by a hyperparameter tuning job.
---@field MaxResource? integer The maximum number of resources (such as epochs) that can be used by a training job launched by a hyperparameter tuning job.

---The IAM Identity details associated with the user.
---@class awsjobs.sagemaker.IamIdentity
---@field Arn? string The Amazon Resource Name (ARN) of the IAM identity.
---@field PrincipalId? string The ID of the principal that assumes the IAM identity.
---@field SourceIdentity? string The person or application which assumes the IAM identity.

---Use this parameter to specify a supported global condition key that is added to the IAM policy.
---@class awsjobs.sagemaker.IamPolicyConstraints
---@field SourceIp? awsjobs.sagemaker.EnabledOrDisabled When SourceIp is Enabled the worker's IP address when a task is rendered in the worker portal is added to the IAM policy as a Condition used to generate the...
---@field VpcSourceIp? awsjobs.sagemaker.EnabledOrDisabled When VpcSourceIp is Enabled the worker's IP address when a task is rendered in private worker portal inside the VPC is added to the IAM policy as a...

---The Amazon SageMaker Canvas application setting where you configure OAuth for connecting to an external data source, such as Snowflake.
---@class awsjobs.sagemaker.IdentityProviderOAuthSetting
---@field DataSourceName? awsjobs.sagemaker.DataSourceName The name of the data source that you're connecting to.
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether OAuth for a data source is enabled or disabled in the Canvas application.
---@field SecretArn? string The ARN of an Amazon Web Services Secrets Manager secret that stores the credentials from your identity provider, such as the client ID and secret,...

---Settings related to idle shutdown of Studio applications.
---@class awsjobs.sagemaker.IdleSettings
---@field LifecycleManagement? awsjobs.sagemaker.LifecycleManagement Indicates whether idle shutdown is activated for the application type.
---@field IdleTimeoutInMinutes? integer The time that SageMaker waits after the application becomes idle before shutting it down.
---@field MinIdleTimeoutInMinutes? integer The minimum value in minutes that custom idle shutdown can be set to by the user.
---@field MaxIdleTimeoutInMinutes? integer The maximum value in minutes that custom idle shutdown can be set to by the user.

---A SageMaker AI image.
---@class awsjobs.sagemaker.Image
---@field CreationTime awsjobs.Timestamp When the image was created.
---@field Description? string The description of the image.
---@field DisplayName? string The name of the image as displayed.
---@field FailureReason? string When a create, update, or delete operation fails, the reason for the failure.
---@field ImageArn string The ARN of the image.
---@field ImageName string The name of the image.
---@field ImageStatus awsjobs.sagemaker.ImageStatus The status of the image.
---@field LastModifiedTime awsjobs.Timestamp When the image was last modified.

---The collection of settings used by an AutoML job V2 for the image classification problem type.
---@class awsjobs.sagemaker.ImageClassificationJobConfig
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria How long a job is allowed to run, or how many candidates a job is allowed to generate.

---Specifies whether the model container is in Amazon ECR or a private Docker registry accessible from your Amazon Virtual Private Cloud (VPC).
---@class awsjobs.sagemaker.ImageConfig
---@field RepositoryAccessMode awsjobs.sagemaker.RepositoryAccessMode Set this to one of the following values:
---@field RepositoryAuthConfig? awsjobs.sagemaker.RepositoryAuthConfig # (Optional) Specifies an authentication configuration for the private docker registry where your model image is hosted.

---A version of a SageMaker AI Image.
---@class awsjobs.sagemaker.ImageVersion
---@field CreationTime awsjobs.Timestamp When the version was created.
---@field FailureReason? string When a create or delete operation fails, the reason for the failure.
---@field ImageArn string The ARN of the image the version is based on.
---@field ImageVersionArn string The ARN of the version.
---@field ImageVersionStatus awsjobs.sagemaker.ImageVersionStatus The status of the version.
---@field LastModifiedTime awsjobs.Timestamp When the version was last modified.
---@field Version integer The version number.

---@class awsjobs.sagemaker.ImportHubContentRequest
---@field HubContentName string The name of the hub content to import.
---@field HubContentVersion? string The version of the hub content to import.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content to import.
---@field DocumentSchemaVersion string The version of the hub content schema to import.
---@field HubName string The name of the hub to import content into.
---@field HubContentDisplayName? string The display name of the hub content to import.
---@field HubContentDescription? string A description of the hub content to import.
---@field HubContentMarkdown? string A string that provides a description of the hub content.
---@field HubContentDocument string The hub content document that describes information about the hub content such as type, associated containers, scripts, and more.
---@field SupportStatus? awsjobs.sagemaker.HubContentSupportStatus The status of the hub content resource.
---@field HubContentSearchKeywords? string[] The searchable keywords of the hub content.
---@field Tags? awsjobs.sagemaker.Tag[] Any tags associated with the hub content.

---@class awsjobs.sagemaker.ImportHubContentResponse
---@field HubArn string The ARN of the hub that the content was imported into.
---@field HubContentArn string The ARN of the hub content that was imported.

---Configuration for balancing inference component copies across Availability Zones.
---@class awsjobs.sagemaker.InferenceComponentAvailabilityZoneBalance
---@field EnforcementMode awsjobs.sagemaker.AvailabilityZoneBalanceEnforcementMode Determines how strictly the Availability Zone balance constraint is enforced.
---@field MaxImbalance? integer The maximum allowed difference in the number of inference component copies between any two Availability Zones.

---Specifies the type and size of the endpoint capacity to activate for a rolling deployment or a rollback strategy.
---@class awsjobs.sagemaker.InferenceComponentCapacitySize
---@field Type awsjobs.sagemaker.InferenceComponentCapacitySizeType Specifies the endpoint capacity type.
---@field Value integer Defines the capacity size, either as a number of inference component copies or a capacity percentage.

---Defines the compute resources to allocate to run a model, plus any adapter models, that you assign to an inference component.
---@class awsjobs.sagemaker.InferenceComponentComputeResourceRequirements
---@field NumberOfCpuCoresRequired? number The number of CPU cores to allocate to run a model that you assign to an inference component.
---@field NumberOfAcceleratorDevicesRequired? number The number of accelerators to allocate to run a model that you assign to an inference component.
---@field MinMemoryRequiredInMb integer The minimum MB of memory to allocate to run a model that you assign to an inference component.
---@field MaxMemoryRequiredInMb? integer The maximum MB of memory to allocate to run a model that you assign to an inference component.

---Defines a container that provides the runtime environment for a model that you deploy with an inference component.
---@class awsjobs.sagemaker.InferenceComponentContainerSpecification
---@field Image? string The Amazon Elastic Container Registry (Amazon ECR) path where the Docker image for the model is stored.
---@field ArtifactUrl? string The Amazon S3 path where the model artifacts, which result from model training, are stored.
---@field Environment? table<string, string> The environment variables to set in the Docker container.

---Details about the resources that are deployed with this inference component.
---@class awsjobs.sagemaker.InferenceComponentContainerSpecificationSummary
---@field DeployedImage? awsjobs.sagemaker.DeployedImage
---@field ArtifactUrl? string The Amazon S3 path where the model artifacts are stored.
---@field Environment? table<string, string> The environment variables to set in the Docker container.

---Settings that affect how the inference component caches data.
---@class awsjobs.sagemaker.InferenceComponentDataCacheConfig
---@field EnableCaching boolean Sets whether the endpoint that hosts the inference component caches the model artifacts and container image.

---Settings that affect how the inference component caches data.
---@class awsjobs.sagemaker.InferenceComponentDataCacheConfigSummary
---@field EnableCaching boolean Indicates whether the inference component caches model artifacts as part of the auto scaling process.

---The deployment configuration for an endpoint that hosts inference components.
---@class awsjobs.sagemaker.InferenceComponentDeploymentConfig
---@field RollingUpdatePolicy awsjobs.sagemaker.InferenceComponentRollingUpdatePolicy Specifies a rolling deployment strategy for updating a SageMaker AI endpoint.
---@field AutoRollbackConfiguration? awsjobs.sagemaker.AutoRollbackConfig

---The metadata of the inference component.
---@class awsjobs.sagemaker.InferenceComponentMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the inference component.

---The placement status of an inference component on a specific instance type.
---@class awsjobs.sagemaker.InferenceComponentPlacementStatus
---@field InstanceType awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type where the inference component copies are placed.
---@field CurrentCopyCount integer The number of inference component copies currently placed on instances of this type.

---Specifies a rolling deployment strategy for updating a SageMaker AI inference component.
---@class awsjobs.sagemaker.InferenceComponentRollingUpdatePolicy
---@field MaximumBatchSize awsjobs.sagemaker.InferenceComponentCapacitySize The batch size for each rolling step in the deployment process.
---@field WaitIntervalInSeconds integer The length of the baking period, during which SageMaker AI monitors alarms for each batch on the new fleet.
---@field MaximumExecutionTimeoutInSeconds? integer The time limit for the total deployment.
---@field RollbackMaximumBatchSize? awsjobs.sagemaker.InferenceComponentCapacitySize The batch size for a rollback to the old endpoint fleet.

---Runtime settings for a model that is deployed with an inference component.
---@class awsjobs.sagemaker.InferenceComponentRuntimeConfig
---@field CopyCount integer The number of runtime copies of the model container to deploy with the inference component.

---Details about the runtime settings for the model that is deployed with the inference component.
---@class awsjobs.sagemaker.InferenceComponentRuntimeConfigSummary
---@field DesiredCopyCount? integer The number of runtime copies of the model container that you requested to deploy with the inference component.
---@field CurrentCopyCount? integer The number of runtime copies of the model container that are currently deployed.
---@field PlacementStatus? awsjobs.sagemaker.InferenceComponentPlacementStatus[] The placement status of the inference component across instance types.

---The scheduling configuration that determines how inference component copies are placed across available instances when copies are added or removed.
---@class awsjobs.sagemaker.InferenceComponentSchedulingConfig
---@field PlacementStrategy awsjobs.sagemaker.InferenceComponentPlacementStrategy The strategy for placing inference component copies across available instances.
---@field AvailabilityZoneBalance? awsjobs.sagemaker.InferenceComponentAvailabilityZoneBalance Configuration for balancing inference component copies across Availability Zones.

---Details about the resources to deploy with this inference component, including the model, container, and compute resources.
---@class awsjobs.sagemaker.InferenceComponentSpecification
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type for the inference component specification.
---@field ModelName? string The name of an existing SageMaker AI model object in your account that you want to deploy with the inference component.
---@field Container? awsjobs.sagemaker.InferenceComponentContainerSpecification Defines a container that provides the runtime environment for a model that you deploy with an inference component.
---@field StartupParameters? awsjobs.sagemaker.InferenceComponentStartupParameters Settings that take effect while the model container starts up.
---@field ComputeResourceRequirements? awsjobs.sagemaker.InferenceComponentComputeResourceRequirements The compute resources allocated to run the model, plus any adapter models, that you assign to the inference component.
---@field BaseInferenceComponentName? string The name of an existing inference component that is to contain the inference component that you're creating with your request.
---@field DataCacheConfig? awsjobs.sagemaker.InferenceComponentDataCacheConfig Settings that affect how the inference component caches data.
---@field SchedulingConfig? awsjobs.sagemaker.InferenceComponentSchedulingConfig The scheduling configuration that determines how inference component copies are placed across available instances when copies are added or removed.

---Details about the resources that are deployed with this inference component.
---@class awsjobs.sagemaker.InferenceComponentSpecificationSummary
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type associated with this inference component specification.
---@field ModelName? string The name of the SageMaker AI model object that is deployed with the inference component.
---@field Container? awsjobs.sagemaker.InferenceComponentContainerSpecificationSummary Details about the container that provides the runtime environment for the model that is deployed with the inference component.
---@field StartupParameters? awsjobs.sagemaker.InferenceComponentStartupParameters Settings that take effect while the model container starts up.
---@field ComputeResourceRequirements? awsjobs.sagemaker.InferenceComponentComputeResourceRequirements The compute resources allocated to run the model, plus any adapter models, that you assign to the inference component.
---@field BaseInferenceComponentName? string The name of the base inference component that contains this inference component.
---@field DataCacheConfig? awsjobs.sagemaker.InferenceComponentDataCacheConfigSummary Settings that affect how the inference component caches data.
---@field SchedulingConfig? awsjobs.sagemaker.InferenceComponentSchedulingConfig The scheduling configuration that determines how inference component copies are placed across available instances when copies are added or removed.

---Settings that take effect while the model container starts up.
---@class awsjobs.sagemaker.InferenceComponentStartupParameters
---@field ModelDataDownloadTimeoutInSeconds? integer The timeout value, in seconds, to download and extract the model that you want to host from Amazon S3 to the individual inference instance associated with...
---@field ContainerStartupHealthCheckTimeoutInSeconds? integer The timeout value, in seconds, for your inference container to pass health check by Amazon S3 Hosting.

---A summary of the properties of an inference component.
---@class awsjobs.sagemaker.InferenceComponentSummary
---@field CreationTime awsjobs.Timestamp The time when the inference component was created.
---@field InferenceComponentArn string The Amazon Resource Name (ARN) of the inference component.
---@field InferenceComponentName string The name of the inference component.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint that hosts the inference component.
---@field EndpointName string The name of the endpoint that hosts the inference component.
---@field VariantName string The name of the production variant that hosts the inference component.
---@field InferenceComponentStatus? awsjobs.sagemaker.InferenceComponentStatus The status of the inference component.
---@field LastModifiedTime awsjobs.Timestamp The time when the inference component was last updated.

---Specifies details about how containers in a multi-container endpoint are run.
---@class awsjobs.sagemaker.InferenceExecutionConfig
---@field Mode awsjobs.sagemaker.InferenceExecutionMode How containers in a multi-container are run.

---The Amazon S3 location and configuration for storing inference request and response data.
---@class awsjobs.sagemaker.InferenceExperimentDataStorageConfig
---@field Destination string The Amazon S3 bucket where the inference request and response data is stored.
---@field KmsKey? string The Amazon Web Services Key Management Service key that Amazon SageMaker uses to encrypt captured data at rest using Amazon S3 server-side encryption.
---@field ContentType? awsjobs.sagemaker.CaptureContentTypeHeader

---The start and end times of an inference experiment.
---@class awsjobs.sagemaker.InferenceExperimentSchedule
---@field StartTime? awsjobs.Timestamp The timestamp at which the inference experiment started or will start.
---@field EndTime? awsjobs.Timestamp The timestamp at which the inference experiment ended or will end.

---Lists a summary of properties of an inference experiment.
---@class awsjobs.sagemaker.InferenceExperimentSummary
---@field Name string The name of the inference experiment.
---@field Type awsjobs.sagemaker.InferenceExperimentType The type of the inference experiment.
---@field Schedule? awsjobs.sagemaker.InferenceExperimentSchedule The duration for which the inference experiment ran or will run.
---@field Status awsjobs.sagemaker.InferenceExperimentStatus The status of the inference experiment.
---@field StatusReason? string The error message for the inference experiment status result.
---@field Description? string The description of the inference experiment.
---@field CreationTime awsjobs.Timestamp The timestamp at which the inference experiment was created.
---@field CompletionTime? awsjobs.Timestamp The timestamp at which the inference experiment was completed.
---@field LastModifiedTime awsjobs.Timestamp The timestamp when you last modified the inference experiment.
---@field RoleArn? string The ARN of the IAM role that Amazon SageMaker can assume to access model artifacts and container images, and manage Amazon SageMaker Inference endpoints for...

---Configuration information specifying which hub contents have accessible deployment options.
---@class awsjobs.sagemaker.InferenceHubAccessConfig
---@field HubContentArn string The ARN of the hub content for which deployment access is allowed.

---The metrics for an existing endpoint compared in an Inference Recommender job.
---@class awsjobs.sagemaker.InferenceMetrics
---@field MaxInvocations integer The expected maximum number of requests per minute for the instance.
---@field ModelLatency integer The expected model latency at maximum invocations per minute for the instance.

---A list of recommendations made by Amazon SageMaker Inference Recommender.
---@class awsjobs.sagemaker.InferenceRecommendation
---@field RecommendationId? string The recommendation ID which uniquely identifies each recommendation.
---@field Metrics? awsjobs.sagemaker.RecommendationMetrics The metrics used to decide what recommendation to make.
---@field EndpointConfiguration awsjobs.sagemaker.EndpointOutputConfiguration Defines the endpoint configuration parameters.
---@field ModelConfiguration awsjobs.sagemaker.ModelConfiguration Defines the model configuration.
---@field InvocationEndTime? awsjobs.Timestamp A timestamp that shows when the benchmark completed.
---@field InvocationStartTime? awsjobs.Timestamp A timestamp that shows when the benchmark started.

---A structure that contains a list of recommendation jobs.
---@class awsjobs.sagemaker.InferenceRecommendationsJob
---@field JobName string The name of the job.
---@field JobDescription string The job description.
---@field JobType awsjobs.sagemaker.RecommendationJobType The recommendation job type.
---@field JobArn string The Amazon Resource Name (ARN) of the recommendation job.
---@field Status awsjobs.sagemaker.RecommendationJobStatus The status of the job.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the job was created.
---@field CompletionTime? awsjobs.Timestamp A timestamp that shows when the job completed.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that enables Amazon SageMaker to perform tasks on your behalf.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that shows when the job was last modified.
---@field FailureReason? string If the job fails, provides information why the job failed.
---@field ModelName? string The name of the created model.
---@field SamplePayloadUrl? string The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored.
---@field ModelPackageVersionArn? string The Amazon Resource Name (ARN) of a versioned model package.

---A returned array object for the Steps response field in the ListInferenceRecommendationsJobSteps API command.
---@class awsjobs.sagemaker.InferenceRecommendationsJobStep
---@field StepType awsjobs.sagemaker.RecommendationStepType The type of the subtask.
---@field JobName string The name of the Inference Recommender job.
---@field Status awsjobs.sagemaker.RecommendationJobStatus The current status of the benchmark.
---@field InferenceBenchmark? awsjobs.sagemaker.RecommendationJobInferenceBenchmark The details for a specific benchmark.

---Defines how to perform inference generation after a training job is run.
---@class awsjobs.sagemaker.InferenceSpecification
---@field Containers awsjobs.sagemaker.ModelPackageContainerDefinition[] The Amazon ECR registry path of the Docker image that contains the inference code.
---@field SupportedTransformInstanceTypes? awsjobs.sagemaker.TransformInstanceType[] A list of the instance types on which a transformation job can be run or on which an endpoint can be deployed.
---@field SupportedRealtimeInferenceInstanceTypes? awsjobs.sagemaker.ProductionVariantInstanceType[] A list of the instance types that are used to generate inferences in real-time.
---@field SupportedContentTypes? string[] The supported MIME types for the input data.
---@field SupportedResponseMIMETypes? string[] The supported MIME types for the output data.

---Configuration information for the infrastructure health check of a training job.
---@class awsjobs.sagemaker.InfraCheckConfig
---@field EnableInfraCheck? boolean Enables an infrastructure health check.

---Contains information about the location of input model artifacts, the name and shape of the expected data inputs, and the framework in which the model was trained.
---@class awsjobs.sagemaker.InputConfig
---@field S3Uri string The S3 path where the model artifacts, which result from model training, are stored.
---@field DataInputConfig? string Specifies the name and shape of the expected data inputs for your trained model with a JSON dictionary form.
---@field Framework awsjobs.sagemaker.Framework Identifies the framework in which the model was trained.
---@field FrameworkVersion? string Specifies the framework version to use.

---Defines an instance group for heterogeneous cluster training.
---@class awsjobs.sagemaker.InstanceGroup
---@field InstanceType awsjobs.sagemaker.TrainingInstanceType Specifies the instance type of the instance group.
---@field InstanceCount integer Specifies the number of instances of the instance group.
---@field InstanceGroupName string Specifies the name of the instance group.

---The configuration of deep health checks for an instance group.
---@class awsjobs.sagemaker.InstanceGroupHealthCheckConfiguration
---@field InstanceGroupName string The name of the instance group.
---@field InstanceIds? string[] A list of Amazon Elastic Compute Cloud (EC2) instance IDs on which to perform deep health checks.
---@field DeepHealthChecks awsjobs.sagemaker.DeepHealthCheckType[] A list of deep health checks to be performed.

---Metadata information about an instance group in a HyperPod cluster.
---@class awsjobs.sagemaker.InstanceGroupMetadata
---@field FailureMessage? string An error message describing why the instance group level operation (such as creating, scaling, or deleting) failed.
---@field AvailabilityZoneId? string The ID of the Availability Zone where the instance group is located.
---@field CapacityReservation? awsjobs.sagemaker.CapacityReservation Information about the Capacity Reservation used by the instance group.
---@field SubnetId? string The ID of the subnet where the instance group is located.
---@field SecurityGroupIds? string[] A list of security group IDs associated with the instance group.
---@field AmiOverride? string If you use a custom Amazon Machine Image (AMI) for the instance group, this field shows the ID of the custom AMI.

---Metadata information about scaling operations for an instance group.
---@class awsjobs.sagemaker.InstanceGroupScalingMetadata
---@field InstanceCount? integer The current number of instances in the group.
---@field TargetCount? integer The desired number of instances for the group after scaling.
---@field MinCount? integer Minimum instance count of the instance group.
---@field FailureMessage? string An error message describing why the scaling operation failed, if applicable.

---Metadata information about an instance in a HyperPod cluster.
---@class awsjobs.sagemaker.InstanceMetadata
---@field CustomerEni? string The ID of the customer-managed Elastic Network Interface (ENI) associated with the instance.
---@field AdditionalEnis? awsjobs.sagemaker.AdditionalEnis Information about additional Elastic Network Interfaces (ENIs) associated with the instance.
---@field InstanceRequirementsEniConfigurations? awsjobs.sagemaker.InstanceRequirementsEniConfiguration[] The ENI configurations for the instance types in the instance requirements, grouped by network interface category (for example, ENI-only or EFA with ENIs).
---@field CapacityReservation? awsjobs.sagemaker.CapacityReservation Information about the Capacity Reservation used by the instance.
---@field FailureMessage? string An error message describing why the instance creation or update failed, if applicable.
---@field LcsExecutionState? string The execution state of the Lifecycle Script (LCS) for the instance.
---@field NodeLogicalId? string The unique logical identifier of the node within the cluster.

---Information on the IMDS configuration of the notebook instance
---@class awsjobs.sagemaker.InstanceMetadataServiceConfiguration
---@field MinimumInstanceMetadataServiceVersion string Indicates the minimum IMDS version that the notebook instance supports.

---Configuration for how instances are placed and allocated within UltraServers.
---@class awsjobs.sagemaker.InstancePlacementConfig
---@field EnableMultipleJobs? boolean If set to true, allows multiple jobs to share the same UltraServer instances.
---@field PlacementSpecifications? awsjobs.sagemaker.PlacementSpecification[] A list of specifications for how instances should be placed on specific UltraServers.

---Specifies an instance type and its priority for a heterogeneous endpoint.
---@class awsjobs.sagemaker.InstancePool
---@field InstanceType awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type for the instance pool.
---@field ModelNameOverride? string The name of a SageMaker model to use for this instance pool instead of the model specified for the production variant.
---@field Priority integer The priority for the instance pool.

---A summary of an instance pool for a production variant, including the instance type and the current number of instances.
---@class awsjobs.sagemaker.InstancePoolSummary
---@field InstanceType awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type for the instance pool.
---@field CurrentInstanceCount integer The current number of instances of this type in the instance pool.

---The customer ENI and additional ENIs associated with a network interface category.
---@class awsjobs.sagemaker.InstanceRequirementsEniConfiguration
---@field CustomerEni? string The ID of the customer-managed Elastic Network Interface (ENI) associated with the instance type category.
---@field AdditionalEnis? awsjobs.sagemaker.AdditionalEnis Information about additional Elastic Network Interfaces (ENIs) associated with the instance type category.

---For a hyperparameter of the integer type, specifies the range that a hyperparameter tuning job searches.
---@class awsjobs.sagemaker.IntegerParameterRange
---@field Name string The name of the hyperparameter to search.
---@field MinValue string The minimum value of the hyperparameter to search.
---@field MaxValue string The maximum value of the hyperparameter to search.
---@field ScalingType? awsjobs.sagemaker.HyperParameterScalingType The scale that hyperparameter tuning uses to search the hyperparameter range.

---Defines the possible values for an integer hyperparameter.
---@class awsjobs.sagemaker.IntegerParameterRangeSpecification
---@field MinValue string The minimum integer value allowed.
---@field MaxValue string The maximum integer value allowed.

---The configuration for the file system and kernels in a SageMaker AI image running as a JupyterLab app.
---@class awsjobs.sagemaker.JupyterLabAppImageConfig
---@field FileSystemConfig? awsjobs.sagemaker.FileSystemConfig
---@field ContainerConfig? awsjobs.sagemaker.ContainerConfig

---The settings for the JupyterLab application.
---@class awsjobs.sagemaker.JupyterLabAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field CustomImages? awsjobs.sagemaker.CustomImage[] A list of custom SageMaker images that are configured to run as a JupyterLab app.
---@field LifecycleConfigArns? string[] The Amazon Resource Name (ARN) of the lifecycle configurations attached to the user profile or domain.
---@field CodeRepositories? awsjobs.sagemaker.CodeRepository[] A list of Git repositories that SageMaker automatically displays to users for cloning in the JupyterLab application.
---@field AppLifecycleManagement? awsjobs.sagemaker.AppLifecycleManagement Indicates whether idle shutdown is activated for JupyterLab applications.
---@field EmrSettings? awsjobs.sagemaker.EmrSettings The configuration parameters that specify the IAM roles assumed by the execution role of SageMaker (assumable roles) and the cluster instances or job...
---@field BuiltInLifecycleConfigArn? string The lifecycle configuration that runs before the default lifecycle configuration.

---The JupyterServer app settings.
---@class awsjobs.sagemaker.JupyterServerAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI image used by the JupyterServer app.
---@field LifecycleConfigArns? string[] The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the JupyterServerApp.
---@field CodeRepositories? awsjobs.sagemaker.CodeRepository[] A list of Git repositories that SageMaker AI automatically displays to users for cloning in the JupyterServer application.

---The Amazon SageMaker Canvas application setting where you configure document querying.
---@class awsjobs.sagemaker.KendraSettings
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether the document querying feature is enabled or disabled in the Canvas application.

---The KernelGateway app settings.
---@class awsjobs.sagemaker.KernelGatewayAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec The default instance type and the Amazon Resource Name (ARN) of the default SageMaker AI image used by the KernelGateway app.
---@field CustomImages? awsjobs.sagemaker.CustomImage[] A list of custom SageMaker AI images that are configured to run as a KernelGateway app.
---@field LifecycleConfigArns? string[] The Amazon Resource Name (ARN) of the Lifecycle Configurations attached to the the user profile or domain.

---The configuration for the file system and kernels in a SageMaker AI image running as a KernelGateway app.
---@class awsjobs.sagemaker.KernelGatewayImageConfig
---@field KernelSpecs awsjobs.sagemaker.KernelSpec[] The specification of the Jupyter kernels in the image.
---@field FileSystemConfig? awsjobs.sagemaker.FileSystemConfig The Amazon Elastic File System storage configuration for a SageMaker AI image.

---The specification of a Jupyter kernel.
---@class awsjobs.sagemaker.KernelSpec
---@field Name string The name of the Jupyter kernel in the image.
---@field DisplayName? string The display name of the kernel.

---Provides a breakdown of the number of objects labeled.
---@class awsjobs.sagemaker.LabelCounters
---@field TotalLabeled? integer The total number of objects labeled.
---@field HumanLabeled? integer The total number of objects labeled by a human worker.
---@field MachineLabeled? integer The total number of objects labeled by automated data labeling.
---@field FailedNonRetryableError? integer The total number of objects that could not be labeled due to an error.
---@field Unlabeled? integer The total number of objects not yet labeled.

---Provides counts for human-labeled tasks in the labeling job.
---@class awsjobs.sagemaker.LabelCountersForWorkteam
---@field HumanLabeled? integer The total number of data objects labeled by a human worker.
---@field PendingHuman? integer The total number of data objects that need to be labeled by a human worker.
---@field Total? integer The total number of tasks in the labeling job.

---Provides configuration information for auto-labeling of your data objects.
---@class awsjobs.sagemaker.LabelingJobAlgorithmsConfig
---@field LabelingJobAlgorithmSpecificationArn string Specifies the Amazon Resource Name (ARN) of the algorithm used for auto-labeling.
---@field InitialActiveLearningModelArn? string At the end of an auto-label job Ground Truth sends the Amazon Resource Name (ARN) of the final model used for auto-labeling.
---@field LabelingJobResourceConfig? awsjobs.sagemaker.LabelingJobResourceConfig Provides configuration information for a labeling job.

---Attributes of the data specified by the customer.
---@class awsjobs.sagemaker.LabelingJobDataAttributes
---@field ContentClassifiers? awsjobs.sagemaker.ContentClassifier[] Declares that your content is free of personally identifiable information or adult content.

---Provides information about the location of input data.
---@class awsjobs.sagemaker.LabelingJobDataSource
---@field S3DataSource? awsjobs.sagemaker.LabelingJobS3DataSource The Amazon S3 location of the input data objects.
---@field SnsDataSource? awsjobs.sagemaker.LabelingJobSnsDataSource An Amazon SNS data source used for streaming labeling jobs.

---Provides summary information for a work team.
---@class awsjobs.sagemaker.LabelingJobForWorkteamSummary
---@field LabelingJobName? string The name of the labeling job that the work team is assigned to.
---@field JobReferenceCode string A unique identifier for a labeling job.
---@field WorkRequesterAccountId string The Amazon Web Services account ID of the account used to start the labeling job.
---@field CreationTime awsjobs.Timestamp The date and time that the labeling job was created.
---@field LabelCounters? awsjobs.sagemaker.LabelCountersForWorkteam Provides information about the progress of a labeling job.
---@field NumberOfHumanWorkersPerDataObject? integer The configured number of workers per data object.

---Input configuration information for a labeling job.
---@class awsjobs.sagemaker.LabelingJobInputConfig
---@field DataSource awsjobs.sagemaker.LabelingJobDataSource The location of the input data.
---@field DataAttributes? awsjobs.sagemaker.LabelingJobDataAttributes Attributes of the data specified by the customer.

---Specifies the location of the output produced by the labeling job.
---@class awsjobs.sagemaker.LabelingJobOutput
---@field OutputDatasetS3Uri string The Amazon S3 bucket location of the manifest file for labeled data.
---@field FinalActiveLearningModelArn? string The Amazon Resource Name (ARN) for the most recent SageMaker model trained as part of automated data labeling.

---Output configuration information for a labeling job.
---@class awsjobs.sagemaker.LabelingJobOutputConfig
---@field S3OutputPath string The Amazon S3 location to write output data.
---@field KmsKeyId? string The Amazon Web Services Key Management Service ID of the key used to encrypt the output data, if any.
---@field SnsTopicArn? string An Amazon Simple Notification Service (Amazon SNS) output topic ARN.

---Configure encryption on the storage volume attached to the ML compute instance used to run automated data labeling model training and inference.
---@class awsjobs.sagemaker.LabelingJobResourceConfig
---@field VolumeKmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to...
---@field VpcConfig? awsjobs.sagemaker.VpcConfig

---The Amazon S3 location of the input data objects.
---@class awsjobs.sagemaker.LabelingJobS3DataSource
---@field ManifestS3Uri string The Amazon S3 location of the manifest file that describes the input data objects.

---An Amazon SNS data source used for streaming labeling jobs.
---@class awsjobs.sagemaker.LabelingJobSnsDataSource
---@field SnsTopicArn string The Amazon SNS input topic Amazon Resource Name (ARN).

---A set of conditions for stopping a labeling job.
---@class awsjobs.sagemaker.LabelingJobStoppingConditions
---@field MaxHumanLabeledObjectCount? integer The maximum number of objects that can be labeled by human workers.
---@field MaxPercentageOfInputDatasetLabeled? integer The maximum number of input data objects that should be labeled.

---Provides summary information about a labeling job.
---@class awsjobs.sagemaker.LabelingJobSummary
---@field LabelingJobName string The name of the labeling job.
---@field LabelingJobArn string The Amazon Resource Name (ARN) assigned to the labeling job when it was created.
---@field CreationTime awsjobs.Timestamp The date and time that the job was created (timestamp).
---@field LastModifiedTime awsjobs.Timestamp The date and time that the job was last modified (timestamp).
---@field LabelingJobStatus awsjobs.sagemaker.LabelingJobStatus The current status of the labeling job.
---@field LabelCounters awsjobs.sagemaker.LabelCounters Counts showing the progress of the labeling job.
---@field WorkteamArn string The Amazon Resource Name (ARN) of the work team assigned to the job.
---@field PreHumanTaskLambdaArn? string The Amazon Resource Name (ARN) of a Lambda function.
---@field AnnotationConsolidationLambdaArn? string The Amazon Resource Name (ARN) of the Lambda function used to consolidate the annotations from individual workers into a label for a data object.
---@field FailureReason? string If the LabelingJobStatus field is Failed, this field contains a description of the error.
---@field LabelingJobOutput? awsjobs.sagemaker.LabelingJobOutput The location of the output produced by the labeling job.
---@field InputConfig? awsjobs.sagemaker.LabelingJobInputConfig Input configuration for the labeling job.

---Metadata for a Lambda step.
---@class awsjobs.sagemaker.LambdaStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the Lambda function that was run by this step execution.
---@field OutputParameters? awsjobs.sagemaker.OutputParameter[] A list of the output parameters of the Lambda step.

---A value that indicates whether the update was successful.
---@class awsjobs.sagemaker.LastUpdateStatus
---@field Status awsjobs.sagemaker.LastUpdateStatusValue A value that indicates whether the update was made successful.
---@field FailureReason? string If the update wasn't successful, indicates the reason why it failed.

---Lists a summary of the properties of a lineage group.
---@class awsjobs.sagemaker.LineageGroupSummary
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group resource.
---@field LineageGroupName? string The name or Amazon Resource Name (ARN) of the lineage group.
---@field DisplayName? string The display name of the lineage group summary.
---@field CreationTime? awsjobs.Timestamp The creation time of the lineage group summary.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time of the lineage group summary.

---The metadata that tracks relationships between ML artifacts, actions, and contexts.
---@class awsjobs.sagemaker.LineageMetadata
---@field ActionArns? table<string, string> The Amazon Resource Name (ARN) of the lineage action.
---@field ArtifactArns? table<string, string> The Amazon Resource Name (ARN) of the lineage artifact.
---@field ContextArns? table<string, string> The Amazon Resource Name (ARN) of the lineage context.
---@field Associations? awsjobs.sagemaker.AssociationInfo[] The lineage associations.

---@class awsjobs.sagemaker.ListAIBenchmarkJobsRequest
---@field MaxResults? integer The maximum number of benchmark jobs to return in the response.
---@field NextToken? string If the previous call to ListAIBenchmarkJobs didn't return the full set of jobs, the call returns a token for getting the next set.
---@field NameContains? string A string in the job name.
---@field StatusEquals? awsjobs.sagemaker.AIBenchmarkJobStatus A filter that returns only benchmark jobs with the specified status.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only jobs created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only jobs created before the specified time.
---@field SortBy? awsjobs.sagemaker.ListAIBenchmarkJobsSortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListAIBenchmarkJobsResponse
---@field AIBenchmarkJobs awsjobs.sagemaker.AIBenchmarkJobSummary[] An array of AIBenchmarkJobSummary objects, one for each benchmark job that matches the specified filters.
---@field NextToken? string If the response is truncated, Amazon SageMaker AI returns this token.

---@class awsjobs.sagemaker.ListAIRecommendationJobsRequest
---@field MaxResults? integer The maximum number of recommendation jobs to return in the response.
---@field NextToken? string If the previous call to ListAIRecommendationJobs didn't return the full set of jobs, the call returns a token for getting the next set.
---@field NameContains? string A string in the job name.
---@field StatusEquals? awsjobs.sagemaker.AIRecommendationJobStatus A filter that returns only recommendation jobs with the specified status.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only jobs created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only jobs created before the specified time.
---@field SortBy? awsjobs.sagemaker.ListAIRecommendationJobsSortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListAIRecommendationJobsResponse
---@field AIRecommendationJobs awsjobs.sagemaker.AIRecommendationJobSummary[] An array of AIRecommendationJobSummary objects, one for each recommendation job that matches the specified filters.
---@field NextToken? string If the response is truncated, Amazon SageMaker AI returns this token.

---@class awsjobs.sagemaker.ListAIWorkloadConfigsRequest
---@field MaxResults? integer The maximum number of AI workload configurations to return in the response.
---@field NextToken? string If the previous call to ListAIWorkloadConfigs didn't return the full set of configurations, the call returns a token for getting the next set of configurations.
---@field NameContains? string A string in the configuration name.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only configurations created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only configurations created before the specified time.
---@field SortBy? awsjobs.sagemaker.ListAIWorkloadConfigsSortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListAIWorkloadConfigsResponse
---@field AIWorkloadConfigs awsjobs.sagemaker.AIWorkloadConfigSummary[] An array of AIWorkloadConfigSummary objects, one for each AI workload configuration that matches the specified filters.
---@field NextToken? string If the response is truncated, Amazon SageMaker AI returns this token.

---@class awsjobs.sagemaker.ListActionsRequest
---@field SourceUri? string A filter that returns only actions with the specified source URI.
---@field ActionType? string A filter that returns only actions of the specified type.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only actions created on or after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only actions created on or before the specified time.
---@field SortBy? awsjobs.sagemaker.SortActionsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field NextToken? string If the previous call to ListActions didn't return the full set of actions, the call returns a token for getting the next set of actions.
---@field MaxResults? integer The maximum number of actions to return in the response.

---@class awsjobs.sagemaker.ListActionsResponse
---@field ActionSummaries? awsjobs.sagemaker.ActionSummary[] A list of actions and their properties.
---@field NextToken? string A token for getting the next set of actions, if there are any.

---@class awsjobs.sagemaker.ListAlgorithmsInput
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only algorithms created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only algorithms created before the specified time (timestamp).
---@field MaxResults? integer The maximum number of algorithms to return in the response.
---@field NameContains? string A string in the algorithm name.
---@field NextToken? string If the response to a previous ListAlgorithms request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.AlgorithmSortBy The parameter by which to sort the results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.

---@class awsjobs.sagemaker.ListAlgorithmsOutput
---@field AlgorithmSummaryList awsjobs.sagemaker.AlgorithmSummary[] # >An array of AlgorithmSummary objects, each of which lists an algorithm.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListAliasesRequest
---@field ImageName string The name of the image.
---@field Alias? string The alias of the image version.
---@field Version? integer The version of the image.
---@field MaxResults? integer The maximum number of aliases to return.
---@field NextToken? string If the previous call to ListAliases didn't return the full set of aliases, the call returns a token for retrieving the next set of aliases.

---@class awsjobs.sagemaker.ListAliasesResponse
---@field SageMakerImageVersionAliases? string[] A list of SageMaker AI image version aliases.
---@field NextToken? string A token for getting the next set of aliases, if more aliases exist.

---@class awsjobs.sagemaker.ListAppImageConfigsRequest
---@field MaxResults? integer The total number of items to return in the response.
---@field NextToken? string If the previous call to ListImages didn't return the full set of AppImageConfigs, the call returns a token for getting the next set of AppImageConfigs.
---@field NameContains? string A filter that returns only AppImageConfigs whose name contains the specified string.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only AppImageConfigs created on or before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only AppImageConfigs created on or after the specified time.
---@field ModifiedTimeBefore? awsjobs.Timestamp A filter that returns only AppImageConfigs modified on or before the specified time.
---@field ModifiedTimeAfter? awsjobs.Timestamp A filter that returns only AppImageConfigs modified on or after the specified time.
---@field SortBy? awsjobs.sagemaker.AppImageConfigSortKey The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.

---@class awsjobs.sagemaker.ListAppImageConfigsResponse
---@field NextToken? string A token for getting the next set of AppImageConfigs, if there are any.
---@field AppImageConfigs? awsjobs.sagemaker.AppImageConfigDetails[] A list of AppImageConfigs and their properties.

---@class awsjobs.sagemaker.ListAppsRequest
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer This parameter defines the maximum number of results that can be return in a single response.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field SortBy? awsjobs.sagemaker.AppSortKey The parameter by which to sort the results.
---@field DomainIdEquals? string A parameter to search for the domain ID.
---@field UserProfileNameEquals? string A parameter to search by user profile name.
---@field SpaceNameEquals? string A parameter to search by space name.

---@class awsjobs.sagemaker.ListAppsResponse
---@field Apps? awsjobs.sagemaker.AppDetails[] The list of apps.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListArtifactsRequest
---@field SourceUri? string A filter that returns only artifacts with the specified source URI.
---@field ArtifactType? string A filter that returns only artifacts of the specified type.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only artifacts created on or after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only artifacts created on or before the specified time.
---@field SortBy? awsjobs.sagemaker.SortArtifactsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field NextToken? string If the previous call to ListArtifacts didn't return the full set of artifacts, the call returns a token for getting the next set of artifacts.
---@field MaxResults? integer The maximum number of artifacts to return in the response.

---@class awsjobs.sagemaker.ListArtifactsResponse
---@field ArtifactSummaries? awsjobs.sagemaker.ArtifactSummary[] A list of artifacts and their properties.
---@field NextToken? string A token for getting the next set of artifacts, if there are any.

---@class awsjobs.sagemaker.ListAssociationsRequest
---@field SourceArn? string A filter that returns only associations with the specified source ARN.
---@field DestinationArn? string A filter that returns only associations with the specified destination Amazon Resource Name (ARN).
---@field SourceType? string A filter that returns only associations with the specified source type.
---@field DestinationType? string A filter that returns only associations with the specified destination type.
---@field AssociationType? awsjobs.sagemaker.AssociationEdgeType A filter that returns only associations of the specified type.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only associations created on or after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only associations created on or before the specified time.
---@field SortBy? awsjobs.sagemaker.SortAssociationsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field NextToken? string If the previous call to ListAssociations didn't return the full set of associations, the call returns a token for getting the next set of associations.
---@field MaxResults? integer The maximum number of associations to return in the response.

---@class awsjobs.sagemaker.ListAssociationsResponse
---@field AssociationSummaries? awsjobs.sagemaker.AssociationSummary[] A list of associations and their properties.
---@field NextToken? string A token for getting the next set of associations, if there are any.

---@class awsjobs.sagemaker.ListAutoMLJobsRequest
---@field CreationTimeAfter? awsjobs.Timestamp Request a list of jobs, using a filter for time.
---@field CreationTimeBefore? awsjobs.Timestamp Request a list of jobs, using a filter for time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Request a list of jobs, using a filter for time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Request a list of jobs, using a filter for time.
---@field NameContains? string Request a list of jobs, using a search filter for name.
---@field StatusEquals? awsjobs.sagemaker.AutoMLJobStatus Request a list of jobs, using a filter for status.
---@field SortOrder? awsjobs.sagemaker.AutoMLSortOrder The sort order for the results.
---@field SortBy? awsjobs.sagemaker.AutoMLSortBy The parameter by which to sort the results.
---@field MaxResults? integer Request a list of jobs up to a specified limit.
---@field NextToken? string If the previous response was truncated, you receive this token.

---@class awsjobs.sagemaker.ListAutoMLJobsResponse
---@field AutoMLJobSummaries awsjobs.sagemaker.AutoMLJobSummary[] Returns a summary list of jobs.
---@field NextToken? string If the previous response was truncated, you receive this token.

---@class awsjobs.sagemaker.ListCandidatesForAutoMLJobRequest
---@field AutoMLJobName string List the candidates created for the job by providing the job's name.
---@field StatusEquals? awsjobs.sagemaker.CandidateStatus List the candidates for the job and filter by status.
---@field CandidateNameEquals? string List the candidates for the job and filter by candidate name.
---@field SortOrder? awsjobs.sagemaker.AutoMLSortOrder The sort order for the results.
---@field SortBy? awsjobs.sagemaker.CandidateSortBy The parameter by which to sort the results.
---@field MaxResults? integer List the job's candidates up to a specified limit.
---@field NextToken? string If the previous response was truncated, you receive this token.

---@class awsjobs.sagemaker.ListCandidatesForAutoMLJobResponse
---@field Candidates awsjobs.sagemaker.AutoMLCandidate[] Summaries about the AutoMLCandidates.
---@field NextToken? string If the previous response was truncated, you receive this token.

---@class awsjobs.sagemaker.ListClusterEventsRequest
---@field ClusterName string The name or Amazon Resource Name (ARN) of the HyperPod cluster for which to list events.
---@field InstanceGroupName? string The name of the instance group to filter events.
---@field NodeId? string The EC2 instance ID to filter events.
---@field EventTimeAfter? awsjobs.Timestamp The start of the time range for filtering events.
---@field EventTimeBefore? awsjobs.Timestamp The end of the time range for filtering events.
---@field SortBy? awsjobs.sagemaker.EventSortBy The field to use for sorting the event list.
---@field SortOrder? awsjobs.sagemaker.SortOrder The order in which to sort the results.
---@field ResourceType? awsjobs.sagemaker.ClusterEventResourceType The type of resource for which to filter events.
---@field MaxResults? integer The maximum number of events to return in the response.
---@field NextToken? string A token to retrieve the next set of results.

---@class awsjobs.sagemaker.ListClusterEventsResponse
---@field NextToken? string A token to retrieve the next set of results.
---@field Events? awsjobs.sagemaker.ClusterEventSummary[] A list of event summaries matching the specified criteria.

---@class awsjobs.sagemaker.ListClusterNodesRequest
---@field ClusterName string The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster in which you want to retrieve the list of nodes.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns nodes in a SageMaker HyperPod cluster created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns nodes in a SageMaker HyperPod cluster created before the specified time.
---@field InstanceGroupNameContains? string A filter that returns the instance groups whose name contain a specified string.
---@field MaxResults? integer The maximum number of nodes to return in the response.
---@field NextToken? string If the result of the previous ListClusterNodes request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ClusterSortBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field IncludeNodeLogicalIds? boolean Specifies whether to include nodes that are still being provisioned in the response.

---@class awsjobs.sagemaker.ListClusterNodesResponse
---@field NextToken? string The next token specified for listing instances in a SageMaker HyperPod cluster.
---@field ClusterNodeSummaries awsjobs.sagemaker.ClusterNodeSummary[] The summaries of listed instances in a SageMaker HyperPod cluster

---@class awsjobs.sagemaker.ListClusterSchedulerConfigsRequest
---@field CreatedAfter? awsjobs.Timestamp Filter for after this creation time.
---@field CreatedBefore? awsjobs.Timestamp Filter for before this creation time.
---@field NameContains? string Filter for name containing this string.
---@field ClusterArn? string Filter for ARN of the cluster.
---@field Status? awsjobs.sagemaker.SchedulerResourceStatus Filter for status.
---@field SortBy? awsjobs.sagemaker.SortClusterSchedulerConfigBy Filter for sorting the list by a given value.
---@field SortOrder? awsjobs.sagemaker.SortOrder The order of the list.
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer The maximum number of cluster policies to list.

---@class awsjobs.sagemaker.ListClusterSchedulerConfigsResponse
---@field ClusterSchedulerConfigSummaries? awsjobs.sagemaker.ClusterSchedulerConfigSummary[] Summaries of the cluster policies.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListClustersRequest
---@field CreationTimeAfter? awsjobs.Timestamp Set a start time for the time range during which you want to list SageMaker HyperPod clusters.
---@field CreationTimeBefore? awsjobs.Timestamp Set an end time for the time range during which you want to list SageMaker HyperPod clusters.
---@field MaxResults? integer Specifies the maximum number of clusters to evaluate for the operation (not necessarily the number of matching items).
---@field NameContains? string Set the maximum number of instances to print in the list.
---@field NextToken? string Set the next token to retrieve the list of SageMaker HyperPod clusters.
---@field SortBy? awsjobs.sagemaker.ClusterSortBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of the training plan to filter clusters by.

---@class awsjobs.sagemaker.ListClustersResponse
---@field NextToken? string If the result of the previous ListClusters request was truncated, the response includes a NextToken.
---@field ClusterSummaries awsjobs.sagemaker.ClusterSummary[] The summaries of listed SageMaker HyperPod clusters.

---@class awsjobs.sagemaker.ListCodeRepositoriesInput
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only Git repositories that were created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only Git repositories that were created before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only Git repositories that were last modified after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only Git repositories that were last modified before the specified time.
---@field MaxResults? integer The maximum number of Git repositories to return in the response.
---@field NameContains? string A string in the Git repositories name.
---@field NextToken? string If the result of a ListCodeRepositoriesOutput request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.CodeRepositorySortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.CodeRepositorySortOrder The sort order for results.

---@class awsjobs.sagemaker.ListCodeRepositoriesOutput
---@field CodeRepositorySummaryList awsjobs.sagemaker.CodeRepositorySummary[] Gets a list of summaries of the Git repositories.
---@field NextToken? string If the result of a ListCodeRepositoriesOutput request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListCompilationJobsRequest
---@field NextToken? string If the result of the previous ListCompilationJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of model compilation jobs to return in the response.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns the model compilation jobs that were created after a specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns the model compilation jobs that were created before a specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns the model compilation jobs that were modified after a specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns the model compilation jobs that were modified before a specified time.
---@field NameContains? string A filter that returns the model compilation jobs whose name contains a specified string.
---@field StatusEquals? awsjobs.sagemaker.CompilationJobStatus A filter that retrieves model compilation jobs with a specific CompilationJobStatus status.
---@field SortBy? awsjobs.sagemaker.ListCompilationJobsSortBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListCompilationJobsResponse
---@field CompilationJobSummaries awsjobs.sagemaker.CompilationJobSummary[] An array of CompilationJobSummary objects, each describing a model compilation job.
---@field NextToken? string If the response is truncated, Amazon SageMaker AI returns this NextToken.

---@class awsjobs.sagemaker.ListComputeQuotasRequest
---@field CreatedAfter? awsjobs.Timestamp Filter for after this creation time.
---@field CreatedBefore? awsjobs.Timestamp Filter for before this creation time.
---@field NameContains? string Filter for name containing this string.
---@field Status? awsjobs.sagemaker.SchedulerResourceStatus Filter for status.
---@field ClusterArn? string Filter for ARN of the cluster.
---@field SortBy? awsjobs.sagemaker.SortQuotaBy Filter for sorting the list by a given value.
---@field SortOrder? awsjobs.sagemaker.SortOrder The order of the list.
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer The maximum number of compute allocation definitions to list.

---@class awsjobs.sagemaker.ListComputeQuotasResponse
---@field ComputeQuotaSummaries? awsjobs.sagemaker.ComputeQuotaSummary[] Summaries of the compute allocation definitions.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListContextsRequest
---@field SourceUri? string A filter that returns only contexts with the specified source URI.
---@field ContextType? string A filter that returns only contexts of the specified type.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only contexts created on or after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only contexts created on or before the specified time.
---@field SortBy? awsjobs.sagemaker.SortContextsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field NextToken? string If the previous call to ListContexts didn't return the full set of contexts, the call returns a token for getting the next set of contexts.
---@field MaxResults? integer The maximum number of contexts to return in the response.

---@class awsjobs.sagemaker.ListContextsResponse
---@field ContextSummaries? awsjobs.sagemaker.ContextSummary[] A list of contexts and their properties.
---@field NextToken? string A token for getting the next set of contexts, if there are any.

---@class awsjobs.sagemaker.ListDataQualityJobDefinitionsRequest
---@field EndpointName? string A filter that lists the data quality job definitions associated with the specified endpoint.
---@field SortBy? awsjobs.sagemaker.MonitoringJobDefinitionSortKey The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string If the result of the previous ListDataQualityJobDefinitions request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of data quality monitoring job definitions to return in the response.
---@field NameContains? string A string in the data quality monitoring job definition name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only data quality monitoring job definitions created before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only data quality monitoring job definitions created after the specified time.

---@class awsjobs.sagemaker.ListDataQualityJobDefinitionsResponse
---@field JobDefinitionSummaries awsjobs.sagemaker.MonitoringJobDefinitionSummary[] A list of data quality monitoring job definitions.
---@field NextToken? string If the result of the previous ListDataQualityJobDefinitions request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListDeviceFleetsRequest
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field MaxResults? integer The maximum number of results to select.
---@field CreationTimeAfter? awsjobs.Timestamp Filter fleets where packaging job was created after specified time.
---@field CreationTimeBefore? awsjobs.Timestamp Filter fleets where the edge packaging job was created before specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Select fleets where the job was updated after X
---@field LastModifiedTimeBefore? awsjobs.Timestamp Select fleets where the job was updated before X
---@field NameContains? string Filter for fleets containing this name in their fleet device name.
---@field SortBy? awsjobs.sagemaker.ListDeviceFleetsSortBy The column to sort by.
---@field SortOrder? awsjobs.sagemaker.SortOrder What direction to sort in.

---@class awsjobs.sagemaker.ListDeviceFleetsResponse
---@field DeviceFleetSummaries awsjobs.sagemaker.DeviceFleetSummary[] Summary of the device fleet.
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.

---@class awsjobs.sagemaker.ListDevicesRequest
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field MaxResults? integer Maximum number of results to select.
---@field LatestHeartbeatAfter? awsjobs.Timestamp Select fleets where the job was updated after X
---@field ModelName? string A filter that searches devices that contains this name in any of their models.
---@field DeviceFleetName? string Filter for fleets containing this name in their device fleet name.

---@class awsjobs.sagemaker.ListDevicesResponse
---@field DeviceSummaries awsjobs.sagemaker.DeviceSummary[] Summary of devices.
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.

---@class awsjobs.sagemaker.ListDomainsRequest
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer This parameter defines the maximum number of results that can be return in a single response.

---@class awsjobs.sagemaker.ListDomainsResponse
---@field Domains? awsjobs.sagemaker.DomainDetails[] The list of domains.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListEdgeDeploymentPlansRequest
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field MaxResults? integer The maximum number of results to select (50 by default).
---@field CreationTimeAfter? awsjobs.Timestamp Selects edge deployment plans created after this time.
---@field CreationTimeBefore? awsjobs.Timestamp Selects edge deployment plans created before this time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Selects edge deployment plans that were last updated after this time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Selects edge deployment plans that were last updated before this time.
---@field NameContains? string Selects edge deployment plans with names containing this name.
---@field DeviceFleetNameContains? string Selects edge deployment plans with a device fleet name containing this name.
---@field SortBy? awsjobs.sagemaker.ListEdgeDeploymentPlansSortBy The column by which to sort the edge deployment plans.
---@field SortOrder? awsjobs.sagemaker.SortOrder The direction of the sorting (ascending or descending).

---@class awsjobs.sagemaker.ListEdgeDeploymentPlansResponse
---@field EdgeDeploymentPlanSummaries awsjobs.sagemaker.EdgeDeploymentPlanSummary[] List of summaries of edge deployment plans.
---@field NextToken? string The token to use when calling the next page of results.

---@class awsjobs.sagemaker.ListEdgePackagingJobsRequest
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field MaxResults? integer Maximum number of results to select.
---@field CreationTimeAfter? awsjobs.Timestamp Select jobs where the job was created after specified time.
---@field CreationTimeBefore? awsjobs.Timestamp Select jobs where the job was created before specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Select jobs where the job was updated after specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Select jobs where the job was updated before specified time.
---@field NameContains? string Filter for jobs containing this name in their packaging job name.
---@field ModelNameContains? string Filter for jobs where the model name contains this string.
---@field StatusEquals? awsjobs.sagemaker.EdgePackagingJobStatus The job status to filter for.
---@field SortBy? awsjobs.sagemaker.ListEdgePackagingJobsSortBy Use to specify what column to sort by.
---@field SortOrder? awsjobs.sagemaker.SortOrder What direction to sort by.

---@class awsjobs.sagemaker.ListEdgePackagingJobsResponse
---@field EdgePackagingJobSummaries awsjobs.sagemaker.EdgePackagingJobSummary[] Summaries of edge packaging jobs.
---@field NextToken? string Token to use when calling the next page of results.

---@class awsjobs.sagemaker.ListEndpointConfigsInput
---@field SortBy? awsjobs.sagemaker.EndpointConfigSortKey The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.OrderKey The sort order for results.
---@field NextToken? string If the result of the previous ListEndpointConfig request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of training jobs to return in the response.
---@field NameContains? string A string in the endpoint configuration name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only endpoint configurations created before the specified time (timestamp).
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only endpoint configurations with a creation time greater than or equal to the specified time (timestamp).

---@class awsjobs.sagemaker.ListEndpointConfigsOutput
---@field EndpointConfigs awsjobs.sagemaker.EndpointConfigSummary[] An array of endpoint configurations.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListEndpointsInput
---@field SortBy? awsjobs.sagemaker.EndpointSortKey Sorts the list of results.
---@field SortOrder? awsjobs.sagemaker.OrderKey The sort order for results.
---@field NextToken? string If the result of a ListEndpoints request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of endpoints to return in the response.
---@field NameContains? string A string in endpoint names.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only endpoints that were created before the specified time (timestamp).
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only endpoints with a creation time greater than or equal to the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only endpoints that were modified before the specified timestamp.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only endpoints that were modified after the specified timestamp.
---@field StatusEquals? awsjobs.sagemaker.EndpointStatus A filter that returns only endpoints with the specified status.

---@class awsjobs.sagemaker.ListEndpointsOutput
---@field Endpoints awsjobs.sagemaker.EndpointSummary[] An array or endpoint objects.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListExperimentsRequest
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only experiments created after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only experiments created before the specified time.
---@field SortBy? awsjobs.sagemaker.SortExperimentsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field NextToken? string If the previous call to ListExperiments didn't return the full set of experiments, the call returns a token for getting the next set of experiments.
---@field MaxResults? integer The maximum number of experiments to return in the response.

---@class awsjobs.sagemaker.ListExperimentsResponse
---@field ExperimentSummaries? awsjobs.sagemaker.ExperimentSummary[] A list of the summaries of your experiments.
---@field NextToken? string A token for getting the next set of experiments, if there are any.

---@class awsjobs.sagemaker.ListFeatureGroupsRequest
---@field NameContains? string A string that partially matches one or more FeatureGroups names.
---@field FeatureGroupStatusEquals? awsjobs.sagemaker.FeatureGroupStatus A FeatureGroup status.
---@field OfflineStoreStatusEquals? awsjobs.sagemaker.OfflineStoreStatusValue An OfflineStore status.
---@field CreationTimeAfter? awsjobs.Timestamp Use this parameter to search for FeatureGroupss created after a specific date and time.
---@field CreationTimeBefore? awsjobs.Timestamp Use this parameter to search for FeatureGroupss created before a specific date and time.
---@field SortOrder? awsjobs.sagemaker.FeatureGroupSortOrder The order in which feature groups are listed.
---@field SortBy? awsjobs.sagemaker.FeatureGroupSortBy The value on which the feature group list is sorted.
---@field MaxResults? integer The maximum number of results returned by ListFeatureGroups.
---@field NextToken? string A token to resume pagination of ListFeatureGroups results.

---@class awsjobs.sagemaker.ListFeatureGroupsResponse
---@field FeatureGroupSummaries awsjobs.sagemaker.FeatureGroupSummary[] A summary of feature groups.
---@field NextToken? string A token to resume pagination of ListFeatureGroups results.

---@class awsjobs.sagemaker.ListFlowDefinitionsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only flow definitions with a creation time greater than or equal to the specified timestamp.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only flow definitions that were created before the specified timestamp.
---@field SortOrder? awsjobs.sagemaker.SortOrder An optional value that specifies whether you want the results sorted in Ascending or Descending order.
---@field NextToken? string A token to resume pagination.
---@field MaxResults? integer The total number of items to return.

---@class awsjobs.sagemaker.ListFlowDefinitionsResponse
---@field FlowDefinitionSummaries awsjobs.sagemaker.FlowDefinitionSummary[] An array of objects describing the flow definitions.
---@field NextToken? string A token to resume pagination.

---@class awsjobs.sagemaker.ListHubContentVersionsRequest
---@field HubName string The name of the hub to list the content versions of.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content to list versions of.
---@field HubContentName string The name of the hub content.
---@field MinVersion? string The lower bound of the hub content versions to list.
---@field MaxSchemaVersion? string The upper bound of the hub content schema version.
---@field CreationTimeBefore? awsjobs.Timestamp Only list hub content versions that were created before the time specified.
---@field CreationTimeAfter? awsjobs.Timestamp Only list hub content versions that were created after the time specified.
---@field SortBy? awsjobs.sagemaker.HubContentSortBy Sort hub content versions by either name or creation time.
---@field SortOrder? awsjobs.sagemaker.SortOrder Sort hub content versions by ascending or descending order.
---@field MaxResults? integer The maximum number of hub content versions to list.
---@field NextToken? string If the response to a previous ListHubContentVersions request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListHubContentVersionsResponse
---@field HubContentSummaries awsjobs.sagemaker.HubContentInfo[] The summaries of the listed hub content versions.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListHubContentsRequest
---@field HubName string The name of the hub to list the contents of.
---@field HubContentType awsjobs.sagemaker.HubContentType The type of hub content to list.
---@field NameContains? string Only list hub content if the name contains the specified string.
---@field MaxSchemaVersion? string The upper bound of the hub content schema verion.
---@field CreationTimeBefore? awsjobs.Timestamp Only list hub content that was created before the time specified.
---@field CreationTimeAfter? awsjobs.Timestamp Only list hub content that was created after the time specified.
---@field SortBy? awsjobs.sagemaker.HubContentSortBy Sort hub content versions by either name or creation time.
---@field SortOrder? awsjobs.sagemaker.SortOrder Sort hubs by ascending or descending order.
---@field MaxResults? integer The maximum amount of hub content to list.
---@field NextToken? string If the response to a previous ListHubContents request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListHubContentsResponse
---@field HubContentSummaries awsjobs.sagemaker.HubContentInfo[] The summaries of the listed hub content.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListHubsRequest
---@field NameContains? string Only list hubs with names that contain the specified string.
---@field CreationTimeBefore? awsjobs.Timestamp Only list hubs that were created before the time specified.
---@field CreationTimeAfter? awsjobs.Timestamp Only list hubs that were created after the time specified.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Only list hubs that were last modified before the time specified.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Only list hubs that were last modified after the time specified.
---@field SortBy? awsjobs.sagemaker.HubSortBy Sort hubs by either name or creation time.
---@field SortOrder? awsjobs.sagemaker.SortOrder Sort hubs by ascending or descending order.
---@field MaxResults? integer The maximum number of hubs to list.
---@field NextToken? string If the response to a previous ListHubs request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListHubsResponse
---@field HubSummaries awsjobs.sagemaker.HubInfo[] The summaries of the listed hubs.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListHumanTaskUisRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only human task user interfaces with a creation time greater than or equal to the specified timestamp.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only human task user interfaces that were created before the specified timestamp.
---@field SortOrder? awsjobs.sagemaker.SortOrder An optional value that specifies whether you want the results sorted in Ascending or Descending order.
---@field NextToken? string A token to resume pagination.
---@field MaxResults? integer The total number of items to return.

---@class awsjobs.sagemaker.ListHumanTaskUisResponse
---@field HumanTaskUiSummaries awsjobs.sagemaker.HumanTaskUiSummary[] An array of objects describing the human task user interfaces.
---@field NextToken? string A token to resume pagination.

---@class awsjobs.sagemaker.ListHyperParameterTuningJobsRequest
---@field NextToken? string If the result of the previous ListHyperParameterTuningJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of tuning jobs to return.
---@field SortBy? awsjobs.sagemaker.HyperParameterTuningJobSortByOptions The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NameContains? string A string in the tuning job name.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only tuning jobs that were created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only tuning jobs that were created before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only tuning jobs that were modified after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only tuning jobs that were modified before the specified time.
---@field StatusEquals? awsjobs.sagemaker.HyperParameterTuningJobStatus A filter that returns only tuning jobs with the specified status.

---@class awsjobs.sagemaker.ListHyperParameterTuningJobsResponse
---@field HyperParameterTuningJobSummaries awsjobs.sagemaker.HyperParameterTuningJobSummary[] A list of HyperParameterTuningJobSummary objects that describe the tuning jobs that the ListHyperParameterTuningJobs request returned.
---@field NextToken? string If the result of this ListHyperParameterTuningJobs request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListImageVersionsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only versions created on or after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only versions created on or before the specified time.
---@field ImageName string The name of the image to list the versions of.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only versions modified on or after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only versions modified on or before the specified time.
---@field MaxResults? integer The maximum number of versions to return in the response.
---@field NextToken? string If the previous call to ListImageVersions didn't return the full set of versions, the call returns a token for getting the next set of versions.
---@field SortBy? awsjobs.sagemaker.ImageVersionSortBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.ImageVersionSortOrder The sort order.

---@class awsjobs.sagemaker.ListImageVersionsResponse
---@field ImageVersions? awsjobs.sagemaker.ImageVersion[] A list of versions and their properties.
---@field NextToken? string A token for getting the next set of versions, if there are any.

---@class awsjobs.sagemaker.ListImagesRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only images created on or after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only images created on or before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only images modified on or after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only images modified on or before the specified time.
---@field MaxResults? integer The maximum number of images to return in the response.
---@field NameContains? string A filter that returns only images whose name contains the specified string.
---@field NextToken? string If the previous call to ListImages didn't return the full set of images, the call returns a token for getting the next set of images.
---@field SortBy? awsjobs.sagemaker.ImageSortBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.ImageSortOrder The sort order.

---@class awsjobs.sagemaker.ListImagesResponse
---@field Images? awsjobs.sagemaker.Image[] A list of images and their properties.
---@field NextToken? string A token for getting the next set of images, if there are any.

---@class awsjobs.sagemaker.ListInferenceComponentsInput
---@field SortBy? awsjobs.sagemaker.InferenceComponentSortKey The field by which to sort the inference components in the response.
---@field SortOrder? awsjobs.sagemaker.OrderKey The sort order for results.
---@field NextToken? string A token that you use to get the next set of results following a truncated response.
---@field MaxResults? integer The maximum number of inference components to return in the response.
---@field NameContains? string Filters the results to only those inference components with a name that contains the specified string.
---@field CreationTimeBefore? awsjobs.Timestamp Filters the results to only those inference components that were created before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp Filters the results to only those inference components that were created after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Filters the results to only those inference components that were updated before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Filters the results to only those inference components that were updated after the specified time.
---@field StatusEquals? awsjobs.sagemaker.InferenceComponentStatus Filters the results to only those inference components with the specified status.
---@field EndpointNameEquals? string An endpoint name to filter the listed inference components.
---@field VariantNameEquals? string A production variant name to filter the listed inference components.

---@class awsjobs.sagemaker.ListInferenceComponentsOutput
---@field InferenceComponents awsjobs.sagemaker.InferenceComponentSummary[] A list of inference components and their properties that matches any of the filters you specified in the request.
---@field NextToken? string The token to use in a subsequent request to get the next set of results following a truncated response.

---@class awsjobs.sagemaker.ListInferenceExperimentsRequest
---@field NameContains? string Selects inference experiments whose names contain this name.
---@field Type? awsjobs.sagemaker.InferenceExperimentType Selects inference experiments of this type.
---@field StatusEquals? awsjobs.sagemaker.InferenceExperimentStatus Selects inference experiments which are in this status.
---@field CreationTimeAfter? awsjobs.Timestamp Selects inference experiments which were created after this timestamp.
---@field CreationTimeBefore? awsjobs.Timestamp Selects inference experiments which were created before this timestamp.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Selects inference experiments which were last modified after this timestamp.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Selects inference experiments which were last modified before this timestamp.
---@field SortBy? awsjobs.sagemaker.SortInferenceExperimentsBy The column by which to sort the listed inference experiments.
---@field SortOrder? awsjobs.sagemaker.SortOrder The direction of sorting (ascending or descending).
---@field NextToken? string The response from the last list when returning a list large enough to need tokening.
---@field MaxResults? integer The maximum number of results to select.

---@class awsjobs.sagemaker.ListInferenceExperimentsResponse
---@field InferenceExperiments? awsjobs.sagemaker.InferenceExperimentSummary[] List of inference experiments.
---@field NextToken? string The token to use when calling the next page of results.

---@class awsjobs.sagemaker.ListInferenceRecommendationsJobStepsRequest
---@field JobName string The name for the Inference Recommender job.
---@field Status? awsjobs.sagemaker.RecommendationJobStatus A filter to return benchmarks of a specified status.
---@field StepType? awsjobs.sagemaker.RecommendationStepType A filter to return details about the specified type of subtask.
---@field MaxResults? integer The maximum number of results to return.
---@field NextToken? string A token that you can specify to return more results from the list.

---@class awsjobs.sagemaker.ListInferenceRecommendationsJobStepsResponse
---@field Steps? awsjobs.sagemaker.InferenceRecommendationsJobStep[] A list of all subtask details in Inference Recommender.
---@field NextToken? string A token that you can specify in your next request to return more results from the list.

---@class awsjobs.sagemaker.ListInferenceRecommendationsJobsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only jobs created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only jobs created before the specified time (timestamp).
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only jobs that were last modified after the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only jobs that were last modified before the specified time (timestamp).
---@field NameContains? string A string in the job name.
---@field StatusEquals? awsjobs.sagemaker.RecommendationJobStatus A filter that retrieves only inference recommendations jobs with a specific status.
---@field SortBy? awsjobs.sagemaker.ListInferenceRecommendationsJobsSortBy The parameter by which to sort the results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field NextToken? string If the response to a previous ListInferenceRecommendationsJobsRequest request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of recommendations to return in the response.
---@field ModelNameEquals? string A filter that returns only jobs that were created for this model.
---@field ModelPackageVersionArnEquals? string A filter that returns only jobs that were created for this versioned model package.

---@class awsjobs.sagemaker.ListInferenceRecommendationsJobsResponse
---@field InferenceRecommendationsJobs awsjobs.sagemaker.InferenceRecommendationsJob[] The recommendations created from the Amazon SageMaker Inference Recommender job.
---@field NextToken? string A token for getting the next set of recommendations, if there are any.

---@class awsjobs.sagemaker.ListLabelingJobsForWorkteamRequest
---@field WorkteamArn string The Amazon Resource Name (ARN) of the work team for which you want to see labeling jobs for.
---@field MaxResults? integer The maximum number of labeling jobs to return in each page of the response.
---@field NextToken? string If the result of the previous ListLabelingJobsForWorkteam request was truncated, the response includes a NextToken.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only labeling jobs created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only labeling jobs created before the specified time (timestamp).
---@field JobReferenceCodeContains? string A filter the limits jobs to only the ones whose job reference code contains the specified string.
---@field SortBy? awsjobs.sagemaker.ListLabelingJobsForWorkteamSortByOptions The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListLabelingJobsForWorkteamResponse
---@field LabelingJobSummaryList awsjobs.sagemaker.LabelingJobForWorkteamSummary[] An array of LabelingJobSummary objects, each describing a labeling job.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListLabelingJobsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only labeling jobs created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only labeling jobs created before the specified time (timestamp).
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only labeling jobs modified after the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only labeling jobs modified before the specified time (timestamp).
---@field MaxResults? integer The maximum number of labeling jobs to return in each page of the response.
---@field NextToken? string If the result of the previous ListLabelingJobs request was truncated, the response includes a NextToken.
---@field NameContains? string A string in the labeling job name.
---@field SortBy? awsjobs.sagemaker.SortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field StatusEquals? awsjobs.sagemaker.LabelingJobStatus A filter that retrieves only labeling jobs with a specific status.

---@class awsjobs.sagemaker.ListLabelingJobsResponse
---@field LabelingJobSummaryList? awsjobs.sagemaker.LabelingJobSummary[] An array of LabelingJobSummary objects, each describing a labeling job.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListLineageGroupsRequest
---@field CreatedAfter? awsjobs.Timestamp A timestamp to filter against lineage groups created after a certain point in time.
---@field CreatedBefore? awsjobs.Timestamp A timestamp to filter against lineage groups created before a certain point in time.
---@field SortBy? awsjobs.sagemaker.SortLineageGroupsBy The parameter by which to sort the results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field NextToken? string If the response is truncated, SageMaker returns this token.
---@field MaxResults? integer The maximum number of endpoints to return in the response.

---@class awsjobs.sagemaker.ListLineageGroupsResponse
---@field LineageGroupSummaries? awsjobs.sagemaker.LineageGroupSummary[] A list of lineage groups and their properties.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListMlflowAppsRequest
---@field CreatedAfter? awsjobs.Timestamp Use the CreatedAfter filter to only list MLflow Apps created after a specific date and time.
---@field CreatedBefore? awsjobs.Timestamp Use the CreatedBefore filter to only list MLflow Apps created before a specific date and time.
---@field Status? awsjobs.sagemaker.MlflowAppStatus Filter for Mlflow apps with a specific creation status.
---@field MlflowVersion? string Filter for Mlflow Apps with the specified version.
---@field DefaultForDomainId? string Filter for MLflow Apps with the specified default SageMaker Domain ID.
---@field AccountDefaultStatus? awsjobs.sagemaker.AccountDefaultStatus Filter for MLflow Apps with the specified AccountDefaultStatus.
---@field SortBy? awsjobs.sagemaker.SortMlflowAppBy Filter for MLflow Apps sorting by name, creation time, or creation status.
---@field SortOrder? awsjobs.sagemaker.SortOrder Change the order of the listed MLflow Apps.
---@field NextToken? string If the previous response was truncated, use this token in your next request to receive the next set of results.
---@field MaxResults? integer The maximum number of MLflow Apps to list.

---@class awsjobs.sagemaker.ListMlflowAppsResponse
---@field Summaries? awsjobs.sagemaker.MlflowAppSummary[] A list of MLflow Apps according to chosen filters.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListMlflowTrackingServersRequest
---@field CreatedAfter? awsjobs.Timestamp Use the CreatedAfter filter to only list tracking servers created after a specific date and time.
---@field CreatedBefore? awsjobs.Timestamp Use the CreatedBefore filter to only list tracking servers created before a specific date and time.
---@field TrackingServerStatus? awsjobs.sagemaker.TrackingServerStatus Filter for tracking servers with a specified creation status.
---@field MlflowVersion? string Filter for tracking servers using the specified MLflow version.
---@field SortBy? awsjobs.sagemaker.SortTrackingServerBy Filter for trackings servers sorting by name, creation time, or creation status.
---@field SortOrder? awsjobs.sagemaker.SortOrder Change the order of the listed tracking servers.
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer The maximum number of tracking servers to list.

---@class awsjobs.sagemaker.ListMlflowTrackingServersResponse
---@field TrackingServerSummaries? awsjobs.sagemaker.TrackingServerSummary[] A list of tracking servers according to chosen filters.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListModelBiasJobDefinitionsRequest
---@field EndpointName? string Name of the endpoint to monitor for model bias.
---@field SortBy? awsjobs.sagemaker.MonitoringJobDefinitionSortKey Whether to sort results by the Name or CreationTime field.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string The token returned if the response is truncated.
---@field MaxResults? integer The maximum number of model bias jobs to return in the response.
---@field NameContains? string Filter for model bias jobs whose name contains a specified string.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only model bias jobs created before a specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only model bias jobs created after a specified time.

---@class awsjobs.sagemaker.ListModelBiasJobDefinitionsResponse
---@field JobDefinitionSummaries awsjobs.sagemaker.MonitoringJobDefinitionSummary[] A JSON array in which each element is a summary for a model bias jobs.
---@field NextToken? string The token returned if the response is truncated.

---@class awsjobs.sagemaker.ListModelCardExportJobsRequest
---@field ModelCardName string List export jobs for the model card with the specified name.
---@field ModelCardVersion? integer List export jobs for the model card with the specified version.
---@field CreationTimeAfter? awsjobs.Timestamp Only list model card export jobs that were created after the time specified.
---@field CreationTimeBefore? awsjobs.Timestamp Only list model card export jobs that were created before the time specified.
---@field ModelCardExportJobNameContains? string Only list model card export jobs with names that contain the specified string.
---@field StatusEquals? awsjobs.sagemaker.ModelCardExportJobStatus Only list model card export jobs with the specified status.
---@field SortBy? awsjobs.sagemaker.ModelCardExportJobSortBy Sort model card export jobs by either name or creation time.
---@field SortOrder? awsjobs.sagemaker.ModelCardExportJobSortOrder Sort model card export jobs by ascending or descending order.
---@field NextToken? string If the response to a previous ListModelCardExportJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of model card export jobs to list.

---@class awsjobs.sagemaker.ListModelCardExportJobsResponse
---@field ModelCardExportJobSummaries awsjobs.sagemaker.ModelCardExportJobSummary[] The summaries of the listed model card export jobs.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListModelCardVersionsRequest
---@field CreationTimeAfter? awsjobs.Timestamp Only list model card versions that were created after the time specified.
---@field CreationTimeBefore? awsjobs.Timestamp Only list model card versions that were created before the time specified.
---@field MaxResults? integer The maximum number of model card versions to list.
---@field ModelCardName string List model card versions for the model card with the specified name or Amazon Resource Name (ARN).
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus Only list model card versions with the specified approval status.
---@field NextToken? string If the response to a previous ListModelCardVersions request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ModelCardVersionSortBy Sort listed model card versions by version.
---@field SortOrder? awsjobs.sagemaker.ModelCardSortOrder Sort model card versions by ascending or descending order.

---@class awsjobs.sagemaker.ListModelCardVersionsResponse
---@field ModelCardVersionSummaryList awsjobs.sagemaker.ModelCardVersionSummary[] The summaries of the listed versions of the model card.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListModelCardsRequest
---@field CreationTimeAfter? awsjobs.Timestamp Only list model cards that were created after the time specified.
---@field CreationTimeBefore? awsjobs.Timestamp Only list model cards that were created before the time specified.
---@field MaxResults? integer The maximum number of model cards to list.
---@field NameContains? string Only list model cards with names that contain the specified string.
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus Only list model cards with the specified approval status.
---@field NextToken? string If the response to a previous ListModelCards request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ModelCardSortBy Sort model cards by either name or creation time.
---@field SortOrder? awsjobs.sagemaker.ModelCardSortOrder Sort model cards by ascending or descending order.

---@class awsjobs.sagemaker.ListModelCardsResponse
---@field ModelCardSummaries awsjobs.sagemaker.ModelCardSummary[] The summaries of the listed model cards.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListModelExplainabilityJobDefinitionsRequest
---@field EndpointName? string Name of the endpoint to monitor for model explainability.
---@field SortBy? awsjobs.sagemaker.MonitoringJobDefinitionSortKey Whether to sort results by the Name or CreationTime field.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string The token returned if the response is truncated.
---@field MaxResults? integer The maximum number of jobs to return in the response.
---@field NameContains? string Filter for model explainability jobs whose name contains a specified string.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only model explainability jobs created before a specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only model explainability jobs created after a specified time.

---@class awsjobs.sagemaker.ListModelExplainabilityJobDefinitionsResponse
---@field JobDefinitionSummaries awsjobs.sagemaker.MonitoringJobDefinitionSummary[] A JSON array in which each element is a summary for a explainability bias jobs.
---@field NextToken? string The token returned if the response is truncated.

---@class awsjobs.sagemaker.ListModelMetadataRequest
---@field SearchExpression? awsjobs.sagemaker.ModelMetadataSearchExpression One or more filters that searches for the specified resource or resources in a search.
---@field NextToken? string If the response to a previous ListModelMetadataResponse request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of models to return in the response.

---@class awsjobs.sagemaker.ListModelMetadataResponse
---@field ModelMetadataSummaries awsjobs.sagemaker.ModelMetadataSummary[] A structure that holds model metadata.
---@field NextToken? string A token for getting the next set of recommendations, if there are any.

---@class awsjobs.sagemaker.ListModelPackageGroupsInput
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only model groups created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only model groups created before the specified time.
---@field MaxResults? integer The maximum number of results to return in the response.
---@field NameContains? string A string in the model group name.
---@field NextToken? string If the result of the previous ListModelPackageGroups request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ModelPackageGroupSortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field CrossAccountFilterOption? awsjobs.sagemaker.CrossAccountFilterOption A filter that returns either model groups shared with you or model groups in your own account.

---@class awsjobs.sagemaker.ListModelPackageGroupsOutput
---@field ModelPackageGroupSummaryList awsjobs.sagemaker.ModelPackageGroupSummary[] A list of summaries of the model groups in your Amazon Web Services account.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListModelPackagesInput
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only model packages created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only model packages created before the specified time (timestamp).
---@field MaxResults? integer The maximum number of model packages to return in the response.
---@field NameContains? string A string in the model package name.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus A filter that returns only the model packages with the specified approval status.
---@field ModelPackageGroupName? string A filter that returns only model versions that belong to the specified model group.
---@field ModelPackageType? awsjobs.sagemaker.ModelPackageType A filter that returns only the model packages of the specified type.
---@field NextToken? string If the response to a previous ListModelPackages request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ModelPackageSortBy The parameter by which to sort the results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.

---@class awsjobs.sagemaker.ListModelPackagesOutput
---@field ModelPackageSummaryList awsjobs.sagemaker.ModelPackageSummary[] An array of ModelPackageSummary objects, each of which lists a model package.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListModelQualityJobDefinitionsRequest
---@field EndpointName? string A filter that returns only model quality monitoring job definitions that are associated with the specified endpoint.
---@field SortBy? awsjobs.sagemaker.MonitoringJobDefinitionSortKey The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string If the result of the previous ListModelQualityJobDefinitions request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of results to return in a call to ListModelQualityJobDefinitions.
---@field NameContains? string A string in the transform job name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only model quality monitoring job definitions created before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only model quality monitoring job definitions created after the specified time.

---@class awsjobs.sagemaker.ListModelQualityJobDefinitionsResponse
---@field JobDefinitionSummaries awsjobs.sagemaker.MonitoringJobDefinitionSummary[] A list of summaries of model quality monitoring job definitions.
---@field NextToken? string If the response is truncated, Amazon SageMaker AI returns this token.

---@class awsjobs.sagemaker.ListModelsInput
---@field SortBy? awsjobs.sagemaker.ModelSortKey Sorts the list of results.
---@field SortOrder? awsjobs.sagemaker.OrderKey The sort order for results.
---@field NextToken? string If the response to a previous ListModels request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of models to return in the response.
---@field NameContains? string A string in the model name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only models created before the specified time (timestamp).
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only models with a creation time greater than or equal to the specified time (timestamp).

---@class awsjobs.sagemaker.ListModelsOutput
---@field Models awsjobs.sagemaker.ModelSummary[] An array of ModelSummary objects, each of which lists a model.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListMonitoringAlertHistoryRequest
---@field MonitoringScheduleName? string The name of a monitoring schedule.
---@field MonitoringAlertName? string The name of a monitoring alert.
---@field SortBy? awsjobs.sagemaker.MonitoringAlertHistorySortKey The field used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order, whether Ascending or Descending, of the alert history.
---@field NextToken? string If the result of the previous ListMonitoringAlertHistory request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of results to display.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only alerts created on or before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only alerts created on or after the specified time.
---@field StatusEquals? awsjobs.sagemaker.MonitoringAlertStatus A filter that retrieves only alerts with a specific status.

---@class awsjobs.sagemaker.ListMonitoringAlertHistoryResponse
---@field MonitoringAlertHistory? awsjobs.sagemaker.MonitoringAlertHistorySummary[] An alert history for a model monitoring schedule.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListMonitoringAlertsRequest
---@field MonitoringScheduleName string The name of a monitoring schedule.
---@field NextToken? string If the result of the previous ListMonitoringAlerts request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of results to display.

---@class awsjobs.sagemaker.ListMonitoringAlertsResponse
---@field MonitoringAlertSummaries? awsjobs.sagemaker.MonitoringAlertSummary[] A JSON array where each element is a summary for a monitoring alert.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListMonitoringExecutionsRequest
---@field MonitoringScheduleName? string Name of a specific schedule to fetch jobs for.
---@field EndpointName? string Name of a specific endpoint to fetch jobs for.
---@field SortBy? awsjobs.sagemaker.MonitoringExecutionSortKey Whether to sort the results by the Status, CreationTime, or ScheduledTime field.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string The token returned if the response is truncated.
---@field MaxResults? integer The maximum number of jobs to return in the response.
---@field ScheduledTimeBefore? awsjobs.Timestamp Filter for jobs scheduled before a specified time.
---@field ScheduledTimeAfter? awsjobs.Timestamp Filter for jobs scheduled after a specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only jobs created before a specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only jobs created after a specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only jobs modified after a specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only jobs modified before a specified time.
---@field StatusEquals? awsjobs.sagemaker.ExecutionStatus A filter that retrieves only jobs with a specific status.
---@field MonitoringJobDefinitionName? string Gets a list of the monitoring job runs of the specified monitoring job definitions.
---@field MonitoringTypeEquals? awsjobs.sagemaker.MonitoringType A filter that returns only the monitoring job runs of the specified monitoring type.

---@class awsjobs.sagemaker.ListMonitoringExecutionsResponse
---@field MonitoringExecutionSummaries awsjobs.sagemaker.MonitoringExecutionSummary[] A JSON array in which each element is a summary for a monitoring execution.
---@field NextToken? string The token returned if the response is truncated.

---@class awsjobs.sagemaker.ListMonitoringSchedulesRequest
---@field EndpointName? string Name of a specific endpoint to fetch schedules for.
---@field SortBy? awsjobs.sagemaker.MonitoringScheduleSortKey Whether to sort the results by the Status, CreationTime, or ScheduledTime field.
---@field SortOrder? awsjobs.sagemaker.SortOrder Whether to sort the results in Ascending or Descending order.
---@field NextToken? string The token returned if the response is truncated.
---@field MaxResults? integer The maximum number of jobs to return in the response.
---@field NameContains? string Filter for monitoring schedules whose name contains a specified string.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only monitoring schedules created before a specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only monitoring schedules created after a specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only monitoring schedules modified before a specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only monitoring schedules modified after a specified time.
---@field StatusEquals? awsjobs.sagemaker.ScheduleStatus A filter that returns only monitoring schedules modified before a specified time.
---@field MonitoringJobDefinitionName? string Gets a list of the monitoring schedules for the specified monitoring job definition.
---@field MonitoringTypeEquals? awsjobs.sagemaker.MonitoringType A filter that returns only the monitoring schedules for the specified monitoring type.

---@class awsjobs.sagemaker.ListMonitoringSchedulesResponse
---@field MonitoringScheduleSummaries awsjobs.sagemaker.MonitoringScheduleSummary[] A JSON array in which each element is a summary for a monitoring schedule.
---@field NextToken? string The token returned if the response is truncated.

---@class awsjobs.sagemaker.ListNotebookInstanceLifecycleConfigsInput
---@field NextToken? string If the result of a ListNotebookInstanceLifecycleConfigs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of lifecycle configurations to return in the response.
---@field SortBy? awsjobs.sagemaker.NotebookInstanceLifecycleConfigSortKey Sorts the list of results.
---@field SortOrder? awsjobs.sagemaker.NotebookInstanceLifecycleConfigSortOrder The sort order for results.
---@field NameContains? string A string in the lifecycle configuration name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only lifecycle configurations that were created before the specified time (timestamp).
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only lifecycle configurations that were created after the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only lifecycle configurations that were modified before the specified time (timestamp).
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only lifecycle configurations that were modified after the specified time (timestamp).

---@class awsjobs.sagemaker.ListNotebookInstanceLifecycleConfigsOutput
---@field NextToken? string If the response is truncated, SageMaker AI returns this token.
---@field NotebookInstanceLifecycleConfigs? awsjobs.sagemaker.NotebookInstanceLifecycleConfigSummary[] An array of NotebookInstanceLifecycleConfiguration objects, each listing a lifecycle configuration.

---@class awsjobs.sagemaker.ListNotebookInstancesInput
---@field NextToken? string If the previous call to the ListNotebookInstances is truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of notebook instances to return.
---@field SortBy? awsjobs.sagemaker.NotebookInstanceSortKey The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.NotebookInstanceSortOrder The sort order for results.
---@field NameContains? string A string in the notebook instances' name.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only notebook instances that were created before the specified time (timestamp).
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only notebook instances that were created after the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only notebook instances that were modified before the specified time (timestamp).
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only notebook instances that were modified after the specified time (timestamp).
---@field StatusEquals? awsjobs.sagemaker.NotebookInstanceStatus A filter that returns only notebook instances with the specified status.
---@field NotebookInstanceLifecycleConfigNameContains? string A string in the name of a notebook instances lifecycle configuration associated with this notebook instance.
---@field DefaultCodeRepositoryContains? string A string in the name or URL of a Git repository associated with this notebook instance.
---@field AdditionalCodeRepositoryEquals? string A filter that returns only notebook instances with associated with the specified git repository.

---@class awsjobs.sagemaker.ListNotebookInstancesOutput
---@field NextToken? string If the response to the previous ListNotebookInstances request was truncated, SageMaker AI returns this token.
---@field NotebookInstances? awsjobs.sagemaker.NotebookInstanceSummary[] An array of NotebookInstanceSummary objects, one for each notebook instance.

---@class awsjobs.sagemaker.ListOptimizationJobsRequest
---@field NextToken? string A token that you use to get the next set of results following a truncated response.
---@field MaxResults? integer The maximum number of optimization jobs to return in the response.
---@field CreationTimeAfter? awsjobs.Timestamp Filters the results to only those optimization jobs that were created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp Filters the results to only those optimization jobs that were created before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp Filters the results to only those optimization jobs that were updated after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp Filters the results to only those optimization jobs that were updated before the specified time.
---@field OptimizationContains? string Filters the results to only those optimization jobs that apply the specified optimization techniques.
---@field NameContains? string Filters the results to only those optimization jobs with a name that contains the specified string.
---@field StatusEquals? awsjobs.sagemaker.OptimizationJobStatus Filters the results to only those optimization jobs with the specified status.
---@field SortBy? awsjobs.sagemaker.ListOptimizationJobsSortBy The field by which to sort the optimization jobs in the response.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListOptimizationJobsResponse
---@field OptimizationJobSummaries awsjobs.sagemaker.OptimizationJobSummary[] A list of optimization jobs and their properties that matches any of the filters you specified in the request.
---@field NextToken? string The token to use in a subsequent request to get the next set of results following a truncated response.

---@class awsjobs.sagemaker.ListPartnerAppsRequest
---@field MaxResults? integer This parameter defines the maximum number of results that can be returned in a single response.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListPartnerAppsResponse
---@field Summaries? awsjobs.sagemaker.PartnerAppSummary[] The information related to each of the SageMaker Partner AI Apps in an account.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListPipelineExecutionStepsRequest
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.
---@field NextToken? string If the result of the previous ListPipelineExecutionSteps request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of pipeline execution steps to return in the response.
---@field SortOrder? awsjobs.sagemaker.SortOrder The field by which to sort results.

---@class awsjobs.sagemaker.ListPipelineExecutionStepsResponse
---@field PipelineExecutionSteps? awsjobs.sagemaker.PipelineExecutionStep[] A list of PipeLineExecutionStep objects.
---@field NextToken? string If the result of the previous ListPipelineExecutionSteps request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListPipelineExecutionsRequest
---@field PipelineName string The name or Amazon Resource Name (ARN) of the pipeline.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns the pipeline executions that were created after a specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns the pipeline executions that were created before a specified time.
---@field SortBy? awsjobs.sagemaker.SortPipelineExecutionsBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NextToken? string If the result of the previous ListPipelineExecutions request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of pipeline executions to return in the response.

---@class awsjobs.sagemaker.ListPipelineExecutionsResponse
---@field PipelineExecutionSummaries? awsjobs.sagemaker.PipelineExecutionSummary[] Contains a sorted list of pipeline execution summary objects matching the specified filters.
---@field NextToken? string If the result of the previous ListPipelineExecutions request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListPipelineParametersForExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.
---@field NextToken? string If the result of the previous ListPipelineParametersForExecution request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of parameters to return in the response.

---@class awsjobs.sagemaker.ListPipelineParametersForExecutionResponse
---@field PipelineParameters? awsjobs.sagemaker.Parameter[] Contains a list of pipeline parameters.
---@field NextToken? string If the result of the previous ListPipelineParametersForExecution request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListPipelineVersionsRequest
---@field PipelineName string The Amazon Resource Name (ARN) of the pipeline.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns the pipeline versions that were created after a specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns the pipeline versions that were created before a specified time.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field NextToken? string If the result of the previous ListPipelineVersions request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of pipeline versions to return in the response.

---@class awsjobs.sagemaker.ListPipelineVersionsResponse
---@field PipelineVersionSummaries? awsjobs.sagemaker.PipelineVersionSummary[] Contains a sorted list of pipeline version summary objects matching the specified filters.
---@field NextToken? string If the result of the previous ListPipelineVersions request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListPipelinesRequest
---@field PipelineNamePrefix? string The prefix of the pipeline name.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns the pipelines that were created after a specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns the pipelines that were created before a specified time.
---@field SortBy? awsjobs.sagemaker.SortPipelinesBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NextToken? string If the result of the previous ListPipelines request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of pipelines to return in the response.

---@class awsjobs.sagemaker.ListPipelinesResponse
---@field PipelineSummaries? awsjobs.sagemaker.PipelineSummary[] Contains a sorted list of PipelineSummary objects matching the specified filters.
---@field NextToken? string If the result of the previous ListPipelines request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListProcessingJobsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only processing jobs created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only processing jobs created after the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only processing jobs modified after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only processing jobs modified before the specified time.
---@field NameContains? string A string in the processing job name.
---@field StatusEquals? awsjobs.sagemaker.ProcessingJobStatus A filter that retrieves only processing jobs with a specific status.
---@field SortBy? awsjobs.sagemaker.SortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NextToken? string If the result of the previous ListProcessingJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of processing jobs to return in the response.

---@class awsjobs.sagemaker.ListProcessingJobsResponse
---@field ProcessingJobSummaries awsjobs.sagemaker.ProcessingJobSummary[] An array of ProcessingJobSummary objects, each listing a processing job.
---@field NextToken? string If the response is truncated, Amazon SageMaker returns this token.

---@class awsjobs.sagemaker.ListProjectsInput
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns the projects that were created after a specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns the projects that were created before a specified time.
---@field MaxResults? integer The maximum number of projects to return in the response.
---@field NameContains? string A filter that returns the projects whose name contains a specified string.
---@field NextToken? string If the result of the previous ListProjects request was truncated, the response includes a NextToken.
---@field SortBy? awsjobs.sagemaker.ProjectSortBy The field by which to sort results.
---@field SortOrder? awsjobs.sagemaker.ProjectSortOrder The sort order for results.

---@class awsjobs.sagemaker.ListProjectsOutput
---@field ProjectSummaryList awsjobs.sagemaker.ProjectSummary[] A list of summaries of projects.
---@field NextToken? string If the result of the previous ListCompilationJobs request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListResourceCatalogsRequest
---@field NameContains? string A string that partially matches one or more ResourceCatalogs names.
---@field CreationTimeAfter? awsjobs.Timestamp Use this parameter to search for ResourceCatalogs created after a specific date and time.
---@field CreationTimeBefore? awsjobs.Timestamp Use this parameter to search for ResourceCatalogs created before a specific date and time.
---@field SortOrder? awsjobs.sagemaker.ResourceCatalogSortOrder The order in which the resource catalogs are listed.
---@field SortBy? awsjobs.sagemaker.ResourceCatalogSortBy The value on which the resource catalog list is sorted.
---@field MaxResults? integer The maximum number of results returned by ListResourceCatalogs.
---@field NextToken? string A token to resume pagination of ListResourceCatalogs results.

---@class awsjobs.sagemaker.ListResourceCatalogsResponse
---@field ResourceCatalogs? awsjobs.sagemaker.ResourceCatalog[] A list of the requested ResourceCatalogs.
---@field NextToken? string A token to resume pagination of ListResourceCatalogs results.

---@class awsjobs.sagemaker.ListSpacesRequest
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer This parameter defines the maximum number of results that can be return in a single response.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field SortBy? awsjobs.sagemaker.SpaceSortKey The parameter by which to sort the results.
---@field DomainIdEquals? string A parameter to search for the domain ID.
---@field SpaceNameContains? string A parameter by which to filter the results.

---@class awsjobs.sagemaker.ListSpacesResponse
---@field Spaces? awsjobs.sagemaker.SpaceDetails[] The list of spaces.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListStageDevicesRequest
---@field NextToken? string The response from the last list when returning a list large enough to neeed tokening.
---@field MaxResults? integer The maximum number of requests to select.
---@field EdgeDeploymentPlanName string The name of the edge deployment plan.
---@field ExcludeDevicesDeployedInOtherStage? boolean Toggle for excluding devices deployed in other stages.
---@field StageName string The name of the stage in the deployment.

---@class awsjobs.sagemaker.ListStageDevicesResponse
---@field DeviceDeploymentSummaries awsjobs.sagemaker.DeviceDeploymentSummary[] List of summaries of devices allocated to the stage.
---@field NextToken? string The token to use when calling the next page of results.

---@class awsjobs.sagemaker.ListStudioLifecycleConfigsRequest
---@field MaxResults? integer The total number of items to return in the response.
---@field NextToken? string If the previous call to ListStudioLifecycleConfigs didn't return the full set of Lifecycle Configurations, the call returns a token for getting the next set...
---@field NameContains? string A string in the Lifecycle Configuration name.
---@field AppTypeEquals? awsjobs.sagemaker.StudioLifecycleConfigAppType A parameter to search for the App Type to which the Lifecycle Configuration is attached.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only Lifecycle Configurations created on or before the specified time.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only Lifecycle Configurations created on or after the specified time.
---@field ModifiedTimeBefore? awsjobs.Timestamp A filter that returns only Lifecycle Configurations modified before the specified time.
---@field ModifiedTimeAfter? awsjobs.Timestamp A filter that returns only Lifecycle Configurations modified after the specified time.
---@field SortBy? awsjobs.sagemaker.StudioLifecycleConfigSortKey The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.

---@class awsjobs.sagemaker.ListStudioLifecycleConfigsResponse
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field StudioLifecycleConfigs? awsjobs.sagemaker.StudioLifecycleConfigDetails[] A list of Lifecycle Configurations and their properties.

---@class awsjobs.sagemaker.ListSubscribedWorkteamsRequest
---@field NameContains? string A string in the work team name.
---@field NextToken? string If the result of the previous ListSubscribedWorkteams request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of work teams to return in each page of the response.

---@class awsjobs.sagemaker.ListSubscribedWorkteamsResponse
---@field SubscribedWorkteams awsjobs.sagemaker.SubscribedWorkteam[] An array of Workteam objects, each describing a work team.
---@field NextToken? string If the response is truncated, Amazon SageMaker returns this token.

---@class awsjobs.sagemaker.ListTagsInput
---@field ResourceArn string The Amazon Resource Name (ARN) of the resource whose tags you want to retrieve.
---@field NextToken? string If the response to the previous ListTags request is truncated, SageMaker returns this token.
---@field MaxResults? integer Maximum number of tags to return.

---@class awsjobs.sagemaker.ListTagsOutput
---@field Tags? awsjobs.sagemaker.Tag[] An array of Tag objects, each with a tag key and a value.
---@field NextToken? string If response is truncated, SageMaker includes a token in the response.

---@class awsjobs.sagemaker.ListTrainingJobsForHyperParameterTuningJobRequest
---@field HyperParameterTuningJobName string The name of the tuning job whose training jobs you want to list.
---@field NextToken? string If the result of the previous ListTrainingJobsForHyperParameterTuningJob request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of training jobs to return.
---@field StatusEquals? awsjobs.sagemaker.TrainingJobStatus A filter that returns only training jobs with the specified status.
---@field SortBy? awsjobs.sagemaker.TrainingJobSortByOptions The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.

---@class awsjobs.sagemaker.ListTrainingJobsForHyperParameterTuningJobResponse
---@field TrainingJobSummaries awsjobs.sagemaker.HyperParameterTrainingJobSummary[] A list of TrainingJobSummary objects that describe the training jobs that the ListTrainingJobsForHyperParameterTuningJob request returned.
---@field NextToken? string If the result of this ListTrainingJobsForHyperParameterTuningJob request was truncated, the response includes a NextToken.

---@class awsjobs.sagemaker.ListTrainingJobsRequest
---@field NextToken? string If the result of the previous ListTrainingJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of training jobs to return in the response.
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only training jobs created after the specified time (timestamp).
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only training jobs created before the specified time (timestamp).
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only training jobs modified after the specified time (timestamp).
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only training jobs modified before the specified time (timestamp).
---@field NameContains? string A string in the training job name.
---@field StatusEquals? awsjobs.sagemaker.TrainingJobStatus A filter that retrieves only training jobs with a specific status.
---@field SortBy? awsjobs.sagemaker.SortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field WarmPoolStatusEquals? awsjobs.sagemaker.WarmPoolResourceStatus A filter that retrieves only training jobs with a specific warm pool status.
---@field TrainingPlanArnEquals? string The Amazon Resource Name (ARN); of the training plan to filter training jobs by.

---@class awsjobs.sagemaker.ListTrainingJobsResponse
---@field TrainingJobSummaries awsjobs.sagemaker.TrainingJobSummary[] An array of TrainingJobSummary objects, each listing a training job.
---@field NextToken? string If the response is truncated, SageMaker returns this token.

---@class awsjobs.sagemaker.ListTrainingPlansRequest
---@field NextToken? string A token to continue pagination if more results are available.
---@field MaxResults? integer The maximum number of results to return in the response.
---@field StartTimeAfter? awsjobs.Timestamp Filter to list only training plans with an actual start time after this date.
---@field StartTimeBefore? awsjobs.Timestamp Filter to list only training plans with an actual start time before this date.
---@field SortBy? awsjobs.sagemaker.TrainingPlanSortBy The training plan field to sort the results by (e.g., StartTime, Status).
---@field SortOrder? awsjobs.sagemaker.TrainingPlanSortOrder The order to sort the results (Ascending or Descending).
---@field Filters? awsjobs.sagemaker.TrainingPlanFilter[] Additional filters to apply to the list of training plans.

---@class awsjobs.sagemaker.ListTrainingPlansResponse
---@field NextToken? string A token to continue pagination if more results are available.
---@field TrainingPlanSummaries awsjobs.sagemaker.TrainingPlanSummary[] A list of summary information for the training plans.

---@class awsjobs.sagemaker.ListTransformJobsRequest
---@field CreationTimeAfter? awsjobs.Timestamp A filter that returns only transform jobs created after the specified time.
---@field CreationTimeBefore? awsjobs.Timestamp A filter that returns only transform jobs created before the specified time.
---@field LastModifiedTimeAfter? awsjobs.Timestamp A filter that returns only transform jobs modified after the specified time.
---@field LastModifiedTimeBefore? awsjobs.Timestamp A filter that returns only transform jobs modified before the specified time.
---@field NameContains? string A string in the transform job name.
---@field StatusEquals? awsjobs.sagemaker.TransformJobStatus A filter that retrieves only transform jobs with a specific status.
---@field SortBy? awsjobs.sagemaker.SortBy The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NextToken? string If the result of the previous ListTransformJobs request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of transform jobs to return in the response.

---@class awsjobs.sagemaker.ListTransformJobsResponse
---@field TransformJobSummaries awsjobs.sagemaker.TransformJobSummary[] An array of TransformJobSummary objects.
---@field NextToken? string If the response is truncated, Amazon SageMaker returns this token.

---@class awsjobs.sagemaker.ListTrialComponentsRequest
---@field ExperimentName? string A filter that returns only components that are part of the specified experiment.
---@field TrialName? string A filter that returns only components that are part of the specified trial.
---@field SourceArn? string A filter that returns only components that have the specified source Amazon Resource Name (ARN).
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only components created after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only components created before the specified time.
---@field SortBy? awsjobs.sagemaker.SortTrialComponentsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field MaxResults? integer The maximum number of components to return in the response.
---@field NextToken? string If the previous call to ListTrialComponents didn't return the full set of components, the call returns a token for getting the next set of components.

---@class awsjobs.sagemaker.ListTrialComponentsResponse
---@field TrialComponentSummaries? awsjobs.sagemaker.TrialComponentSummary[] A list of the summaries of your trial components.
---@field NextToken? string A token for getting the next set of components, if there are any.

---@class awsjobs.sagemaker.ListTrialsRequest
---@field ExperimentName? string A filter that returns only trials that are part of the specified experiment.
---@field TrialComponentName? string A filter that returns only trials that are associated with the specified trial component.
---@field CreatedAfter? awsjobs.Timestamp A filter that returns only trials created after the specified time.
---@field CreatedBefore? awsjobs.Timestamp A filter that returns only trials created before the specified time.
---@field SortBy? awsjobs.sagemaker.SortTrialsBy The property used to sort results.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order.
---@field MaxResults? integer The maximum number of trials to return in the response.
---@field NextToken? string If the previous call to ListTrials didn't return the full set of trials, the call returns a token for getting the next set of trials.

---@class awsjobs.sagemaker.ListTrialsResponse
---@field TrialSummaries? awsjobs.sagemaker.TrialSummary[] A list of the summaries of your trials.
---@field NextToken? string A token for getting the next set of trials, if there are any.

---@class awsjobs.sagemaker.ListUltraServersByReservedCapacityRequest
---@field ReservedCapacityArn string The ARN of the reserved capacity to list UltraServers for.
---@field MaxResults? integer The maximum number of UltraServers to return in the response.
---@field NextToken? string If the previous response was truncated, you receive this token.

---@class awsjobs.sagemaker.ListUltraServersByReservedCapacityResponse
---@field NextToken? string If the response is truncated, SageMaker returns this token.
---@field UltraServers awsjobs.sagemaker.UltraServer[] A list of UltraServers that are part of the specified reserved capacity.

---@class awsjobs.sagemaker.ListUserProfilesRequest
---@field NextToken? string If the previous response was truncated, you will receive this token.
---@field MaxResults? integer This parameter defines the maximum number of results that can be return in a single response.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for the results.
---@field SortBy? awsjobs.sagemaker.UserProfileSortKey The parameter by which to sort the results.
---@field DomainIdEquals? string A parameter by which to filter the results.
---@field UserProfileNameContains? string A parameter by which to filter the results.

---@class awsjobs.sagemaker.ListUserProfilesResponse
---@field UserProfiles? awsjobs.sagemaker.UserProfileDetails[] The list of user profiles.
---@field NextToken? string If the previous response was truncated, you will receive this token.

---@class awsjobs.sagemaker.ListWorkforcesRequest
---@field SortBy? awsjobs.sagemaker.ListWorkforcesSortByOptions Sort workforces using the workforce name or creation date.
---@field SortOrder? awsjobs.sagemaker.SortOrder Sort workforces in ascending or descending order.
---@field NameContains? string A filter you can use to search for workforces using part of the workforce name.
---@field NextToken? string A token to resume pagination.
---@field MaxResults? integer The maximum number of workforces returned in the response.

---@class awsjobs.sagemaker.ListWorkforcesResponse
---@field Workforces awsjobs.sagemaker.Workforce[] A list containing information about your workforce.
---@field NextToken? string A token to resume pagination.

---@class awsjobs.sagemaker.ListWorkteamsRequest
---@field SortBy? awsjobs.sagemaker.ListWorkteamsSortByOptions The field to sort results by.
---@field SortOrder? awsjobs.sagemaker.SortOrder The sort order for results.
---@field NameContains? string A string in the work team's name.
---@field NextToken? string If the result of the previous ListWorkteams request was truncated, the response includes a NextToken.
---@field MaxResults? integer The maximum number of work teams to return in each page of the response.

---@class awsjobs.sagemaker.ListWorkteamsResponse
---@field Workteams awsjobs.sagemaker.Workteam[] An array of Workteam objects, each describing a work team.
---@field NextToken? string If the response is truncated, Amazon SageMaker returns this token.

---The MLflow configuration.
---@class awsjobs.sagemaker.MLflowConfiguration
---@field MlflowResourceArn? string The Amazon Resource Name (ARN) of MLflow configuration resource.
---@field MlflowExperimentName? string The name of the MLflow configuration.

---The managed configuration of a model package group.
---@class awsjobs.sagemaker.ManagedConfiguration
---@field ManagedStorageType? awsjobs.sagemaker.ManagedStorageType The storage type of the model package.

---Defines an Amazon Cognito or your own OIDC IdP user group that is part of a work team.
---@class awsjobs.sagemaker.MemberDefinition
---@field CognitoMemberDefinition? awsjobs.sagemaker.CognitoMemberDefinition The Amazon Cognito user group that is part of the work team.
---@field OidcMemberDefinition? awsjobs.sagemaker.OidcMemberDefinition A list user groups that exist in your OIDC Identity Provider (IdP).

---Metadata properties of the tracking entity, trial, or trial component.
---@class awsjobs.sagemaker.MetadataProperties
---@field CommitId? string The commit ID.
---@field Repository? string The repository.
---@field GeneratedBy? string The entity this entity was generated by.
---@field ProjectId? string The project ID.

---The name, value, and date and time of a metric that was emitted to Amazon CloudWatch.
---@class awsjobs.sagemaker.MetricData
---@field MetricName? string The name of the metric.
---@field Value? number The value of the metric.
---@field Timestamp? awsjobs.Timestamp The date and time that the algorithm emitted the metric.

---Information about the metric for a candidate produced by an AutoML job.
---@class awsjobs.sagemaker.MetricDatum
---@field MetricName? awsjobs.sagemaker.AutoMLMetricEnum The name of the metric.
---@field StandardMetricName? awsjobs.sagemaker.AutoMLMetricExtendedEnum The name of the standard metric.
---@field Value? number The value of the metric.
---@field Set? awsjobs.sagemaker.MetricSetSource The dataset split from which the AutoML job produced the metric.

---Specifies a metric that the training algorithm writes to stderr or stdout.
---@class awsjobs.sagemaker.MetricDefinition
---@field Name string The name of the metric.
---@field Regex string A regular expression that searches the output of a training job and gets the value of the metric.

---An object containing information about a metric.
---@class awsjobs.sagemaker.MetricSpecification
---@field Predefined? awsjobs.sagemaker.PredefinedMetricSpecification Information about a predefined metric.
---@field Customized? awsjobs.sagemaker.CustomizedMetricSpecification Information about a customized metric.

---The configuration for Utilization metrics.
---@class awsjobs.sagemaker.MetricsConfig
---@field EnableEnhancedMetrics? boolean Specifies whether to enable enhanced metrics for the endpoint.
---@field MetricPublishFrequencyInSeconds? integer The interval, in seconds, at which metrics are published to Amazon CloudWatch.

---Details about the metrics source.
---@class awsjobs.sagemaker.MetricsSource
---@field ContentType string The metric source content type.
---@field ContentDigest? string The hash key used for the metrics source.
---@field S3Uri string The S3 URI for the metrics source.

---The summary of the Mlflow App to list.
---@class awsjobs.sagemaker.MlflowAppSummary
---@field Arn? string The ARN of a listed MLflow App.
---@field Name? string The name of the MLflow App.
---@field Status? awsjobs.sagemaker.MlflowAppStatus The status of the MLflow App.
---@field CreationTime? awsjobs.Timestamp The creation time of a listed MLflow App.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time of a listed MLflow App.
---@field MlflowVersion? string The version of a listed MLflow App.

---The MLflow configuration using SageMaker managed MLflow.
---@class awsjobs.sagemaker.MlflowConfig
---@field MlflowResourceArn string The Amazon Resource Name (ARN) of the MLflow resource.
---@field MlflowExperimentName? string The MLflow experiment name used for this job.
---@field MlflowRunName? string The MLflow run name used for this job.

---The MLflow details of this job.
---@class awsjobs.sagemaker.MlflowDetails
---@field MlflowExperimentId? string The MLflow experiment ID used for this job.
---@field MlflowRunId? string The MLflow run ID used for this job.

---The properties of a model as returned by the Search API.
---@class awsjobs.sagemaker.Model
---@field ModelName? string The name of the model.
---@field PrimaryContainer? awsjobs.sagemaker.ContainerDefinition
---@field Containers? awsjobs.sagemaker.ContainerDefinition[] The containers in the inference pipeline.
---@field InferenceExecutionConfig? awsjobs.sagemaker.InferenceExecutionConfig
---@field ExecutionRoleArn? string The Amazon Resource Name (ARN) of the IAM role that you specified for the model.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig
---@field CreationTime? awsjobs.Timestamp A timestamp that indicates when the model was created.
---@field ModelArn? string The Amazon Resource Name (ARN) of the model.
---@field EnableNetworkIsolation? boolean Isolates the model container.
---@field Tags? awsjobs.sagemaker.Tag[] A list of key-value pairs associated with the model.
---@field DeploymentRecommendation? awsjobs.sagemaker.DeploymentRecommendation A set of recommended deployment configurations for the model.

---The access configuration file to control access to the ML model.
---@class awsjobs.sagemaker.ModelAccessConfig
---@field AcceptEula boolean Specifies agreement to the model end-user license agreement (EULA).

---Provides information about the location that is configured for storing model artifacts.
---@class awsjobs.sagemaker.ModelArtifacts
---@field S3ModelArtifacts string The path of the S3 object that contains the model artifacts.

---Docker container image configuration object for the model bias job.
---@class awsjobs.sagemaker.ModelBiasAppSpecification
---@field ImageUri string The container image to be run by the model bias job.
---@field ConfigUri string JSON formatted S3 file that defines bias parameters.
---@field Environment? table<string, string> Sets the environment variables in the Docker container.

---The configuration for a baseline model bias job.
---@class awsjobs.sagemaker.ModelBiasBaselineConfig
---@field BaseliningJobName? string The name of the baseline model bias job.
---@field ConstraintsResource? awsjobs.sagemaker.MonitoringConstraintsResource

---Inputs for the model bias job.
---@class awsjobs.sagemaker.ModelBiasJobInput
---@field EndpointInput? awsjobs.sagemaker.EndpointInput
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput Input object for the batch transform job.
---@field GroundTruthS3Input awsjobs.sagemaker.MonitoringGroundTruthS3Input Location of ground truth labels to use in model bias job.

---An Amazon SageMaker Model Card.
---@class awsjobs.sagemaker.ModelCard
---@field ModelCardArn? string The Amazon Resource Name (ARN) of the model card.
---@field ModelCardName? string The unique name of the model card.
---@field ModelCardVersion? integer The version of the model card.
---@field Content? string The content of the model card.
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.
---@field SecurityConfig? awsjobs.sagemaker.ModelCardSecurityConfig The security configuration used to protect model card data.
---@field CreationTime? awsjobs.Timestamp The date and time that the model card was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp The date and time that the model card was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field Tags? awsjobs.sagemaker.Tag[] Key-value pairs used to manage metadata for the model card.
---@field ModelId? string The unique name (ID) of the model.
---@field RiskRating? string The risk rating of the model.
---@field ModelPackageGroupName? string The model package group that contains the model package.

---The artifacts of the model card export job.
---@class awsjobs.sagemaker.ModelCardExportArtifacts
---@field S3ExportArtifacts string The Amazon S3 URI of the exported model artifacts.

---The summary of the Amazon SageMaker Model Card export job.
---@class awsjobs.sagemaker.ModelCardExportJobSummary
---@field ModelCardExportJobName string The name of the model card export job.
---@field ModelCardExportJobArn string The Amazon Resource Name (ARN) of the model card export job.
---@field Status awsjobs.sagemaker.ModelCardExportJobStatus The completion status of the model card export job.
---@field ModelCardName string The name of the model card that the export job exports.
---@field ModelCardVersion integer The version of the model card that the export job exports.
---@field CreatedAt awsjobs.Timestamp The date and time that the model card export job was created.
---@field LastModifiedAt awsjobs.Timestamp The date and time that the model card export job was last modified..

---Configure the export output details for an Amazon SageMaker Model Card.
---@class awsjobs.sagemaker.ModelCardExportOutputConfig
---@field S3OutputPath string The Amazon S3 output path to export your model card PDF.

---Configure the security settings to protect model card data.
---@class awsjobs.sagemaker.ModelCardSecurityConfig
---@field KmsKeyId? string A Key Management Service key ID to use for encrypting a model card.

---A summary of the model card.
---@class awsjobs.sagemaker.ModelCardSummary
---@field ModelCardName string The name of the model card.
---@field ModelCardArn string The Amazon Resource Name (ARN) of the model card.
---@field ModelCardStatus awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.
---@field CreationTime awsjobs.Timestamp The date and time that the model card was created.
---@field LastModifiedTime? awsjobs.Timestamp The date and time that the model card was last modified.

---A summary of a specific version of the model card.
---@class awsjobs.sagemaker.ModelCardVersionSummary
---@field ModelCardName string The name of the model card.
---@field ModelCardArn string The Amazon Resource Name (ARN) of the model card.
---@field ModelCardStatus awsjobs.sagemaker.ModelCardStatus The approval status of the model card version within your organization.
---@field ModelCardVersion integer A version of the model card.
---@field CreationTime awsjobs.Timestamp The date and time that the model card version was created.
---@field LastModifiedTime? awsjobs.Timestamp The time date and time that the model card version was last modified.

---Configures the timeout and maximum number of retries for processing a transform job invocation.
---@class awsjobs.sagemaker.ModelClientConfig
---@field InvocationsTimeoutInSeconds? integer The timeout value in seconds for an invocation request.
---@field InvocationsMaxRetries? integer The maximum number of retries when invocation requests are failing.

---Settings for the model compilation technique that's applied by a model optimization job.
---@class awsjobs.sagemaker.ModelCompilationConfig
---@field Image? string The URI of an LMI DLC in Amazon ECR.
---@field OverrideEnvironment? table<string, string> Environment variables that override the default ones in the model container.

---Defines the model configuration.
---@class awsjobs.sagemaker.ModelConfiguration
---@field InferenceSpecificationName? string The inference specification name in the model package version.
---@field EnvironmentParameters? awsjobs.sagemaker.EnvironmentParameter[] Defines the environment parameters that includes key, value types, and values.
---@field CompilationJobName? string The name of the compilation job used to create the recommended model artifacts.

---An endpoint that hosts a model displayed in the Amazon SageMaker Model Dashboard.
---@class awsjobs.sagemaker.ModelDashboardEndpoint
---@field EndpointName string The endpoint name.
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the endpoint was created.
---@field LastModifiedTime awsjobs.Timestamp The last time the endpoint was modified.
---@field EndpointStatus awsjobs.sagemaker.EndpointStatus The endpoint status.

---An alert action taken to light up an icon on the Amazon SageMaker Model Dashboard when an alert goes into InAlert status.
---@class awsjobs.sagemaker.ModelDashboardIndicatorAction
---@field Enabled? boolean Indicates whether the alert action is turned on.

---A model displayed in the Amazon SageMaker Model Dashboard.
---@class awsjobs.sagemaker.ModelDashboardModel
---@field Model? awsjobs.sagemaker.Model A model displayed in the Model Dashboard.
---@field Endpoints? awsjobs.sagemaker.ModelDashboardEndpoint[] The endpoints that host a model.
---@field LastBatchTransformJob? awsjobs.sagemaker.TransformJob
---@field MonitoringSchedules? awsjobs.sagemaker.ModelDashboardMonitoringSchedule[] The monitoring schedules for a model.
---@field ModelCard? awsjobs.sagemaker.ModelDashboardModelCard The model card for a model.

---The model card for a model displayed in the Amazon SageMaker Model Dashboard.
---@class awsjobs.sagemaker.ModelDashboardModelCard
---@field ModelCardArn? string The Amazon Resource Name (ARN) for a model card.
---@field ModelCardName? string The name of a model card.
---@field ModelCardVersion? integer The model card version.
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus The model card status.
---@field SecurityConfig? awsjobs.sagemaker.ModelCardSecurityConfig The KMS Key ID (KMSKeyId) for encryption of model card information.
---@field CreationTime? awsjobs.Timestamp A timestamp that indicates when the model card was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that indicates when the model card was last updated.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with a model card.
---@field ModelId? string For models created in SageMaker, this is the model ARN.
---@field RiskRating? string A model card's risk rating.

---A monitoring schedule for a model displayed in the Amazon SageMaker Model Dashboard.
---@class awsjobs.sagemaker.ModelDashboardMonitoringSchedule
---@field MonitoringScheduleArn? string The Amazon Resource Name (ARN) of a monitoring schedule.
---@field MonitoringScheduleName? string The name of a monitoring schedule.
---@field MonitoringScheduleStatus? awsjobs.sagemaker.ScheduleStatus The status of the monitoring schedule.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The monitor type of a model monitor.
---@field FailureReason? string If a monitoring job failed, provides the reason.
---@field CreationTime? awsjobs.Timestamp A timestamp that indicates when the monitoring schedule was created.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that indicates when the monitoring schedule was last updated.
---@field MonitoringScheduleConfig? awsjobs.sagemaker.MonitoringScheduleConfig
---@field EndpointName? string The endpoint which is monitored.
---@field MonitoringAlertSummaries? awsjobs.sagemaker.MonitoringAlertSummary[] A JSON array where each element is a summary for a monitoring alert.
---@field LastMonitoringExecutionSummary? awsjobs.sagemaker.MonitoringExecutionSummary
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput

---Data quality constraints and statistics for a model.
---@class awsjobs.sagemaker.ModelDataQuality
---@field Statistics? awsjobs.sagemaker.MetricsSource Data quality statistics for a model.
---@field Constraints? awsjobs.sagemaker.MetricsSource Data quality constraints for a model.

---Specifies the location of ML model data to deploy.
---@class awsjobs.sagemaker.ModelDataSource
---@field S3DataSource? awsjobs.sagemaker.S3ModelDataSource Specifies the S3 location of ML model data to deploy.

---Specifies how to generate the endpoint name for an automatic one-click Autopilot model deployment.
---@class awsjobs.sagemaker.ModelDeployConfig
---@field AutoGenerateEndpointName? boolean Set to True to automatically generate an endpoint name for a one-click Autopilot model deployment; set to False otherwise.
---@field EndpointName? string Specifies the endpoint name to use for a one-click Autopilot model deployment if the endpoint name is not generated automatically.

---Provides information about the endpoint of the model deployment.
---@class awsjobs.sagemaker.ModelDeployResult
---@field EndpointName? string The name of the endpoint to which the model has been deployed.

---Provides information to verify the integrity of stored model artifacts.
---@class awsjobs.sagemaker.ModelDigests
---@field ArtifactDigest? string Provides a hash value that uniquely identifies the stored model artifacts.

---Docker container image configuration object for the model explainability job.
---@class awsjobs.sagemaker.ModelExplainabilityAppSpecification
---@field ImageUri string The container image to be run by the model explainability job.
---@field ConfigUri string JSON formatted Amazon S3 file that defines explainability parameters.
---@field Environment? table<string, string> Sets the environment variables in the Docker container.

---The configuration for a baseline model explainability job.
---@class awsjobs.sagemaker.ModelExplainabilityBaselineConfig
---@field BaseliningJobName? string The name of the baseline model explainability job.
---@field ConstraintsResource? awsjobs.sagemaker.MonitoringConstraintsResource

---Inputs for the model explainability job.
---@class awsjobs.sagemaker.ModelExplainabilityJobInput
---@field EndpointInput? awsjobs.sagemaker.EndpointInput
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput Input object for the batch transform job.

---The configuration for the infrastructure that the model will be deployed to.
---@class awsjobs.sagemaker.ModelInfrastructureConfig
---@field InfrastructureType awsjobs.sagemaker.ModelInfrastructureType The inference option to which to deploy your model.
---@field RealTimeInferenceConfig awsjobs.sagemaker.RealTimeInferenceConfig The infrastructure configuration for deploying the model to real-time inference.

---Input object for the model.
---@class awsjobs.sagemaker.ModelInput
---@field DataInputConfig string The input configuration object for the model.

---The model latency threshold.
---@class awsjobs.sagemaker.ModelLatencyThreshold
---@field Percentile? string The model latency percentile threshold.
---@field ValueInMilliseconds? integer The model latency percentile value in milliseconds.

---A structure describing the current state of the model in its life cycle.
---@class awsjobs.sagemaker.ModelLifeCycle
---@field Stage string The current stage in the model life cycle.
---@field StageStatus string The current status of a stage in model life cycle.
---@field StageDescription? string Describes the stage related details.

---Part of the search expression.
---@class awsjobs.sagemaker.ModelMetadataFilter
---@field Name awsjobs.sagemaker.ModelMetadataFilterType The name of the of the model to filter by.
---@field Value string The value to filter the model metadata.

---One or more filters that searches for the specified resource or resources in a search.
---@class awsjobs.sagemaker.ModelMetadataSearchExpression
---@field Filters? awsjobs.sagemaker.ModelMetadataFilter[] A list of filter objects.

---A summary of the model metadata.
---@class awsjobs.sagemaker.ModelMetadataSummary
---@field Domain string The machine learning domain of the model.
---@field Framework string The machine learning framework of the model.
---@field Task string The machine learning task of the model.
---@field Model string The name of the model.
---@field FrameworkVersion string The framework version of the model.

---Contains metrics captured from a model.
---@class awsjobs.sagemaker.ModelMetrics
---@field ModelQuality? awsjobs.sagemaker.ModelQuality Metrics that measure the quality of a model.
---@field ModelDataQuality? awsjobs.sagemaker.ModelDataQuality Metrics that measure the quality of the input data for a model.
---@field Bias? awsjobs.sagemaker.Bias Metrics that measure bias in a model.
---@field Explainability? awsjobs.sagemaker.Explainability Metrics that help explain a model.

---A container for your trained model that can be deployed for SageMaker inference.
---@class awsjobs.sagemaker.ModelPackage
---@field ModelPackageName? string The name of the model package.
---@field ModelPackageGroupName? string The model group to which the model belongs.
---@field ModelPackageVersion? integer The version number of a versioned model.
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package.
---@field ModelPackageArn? string The Amazon Resource Name (ARN) of the model package.
---@field ModelPackageDescription? string The description of the model package.
---@field CreationTime? awsjobs.Timestamp The time that the model package was created.
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Defines how to perform inference generation after a training job is run.
---@field SourceAlgorithmSpecification? awsjobs.sagemaker.SourceAlgorithmSpecification A list of algorithms that were used to create a model package.
---@field ValidationSpecification? awsjobs.sagemaker.ModelPackageValidationSpecification Specifies batch transform jobs that SageMaker runs to validate your model package.
---@field ModelPackageStatus? awsjobs.sagemaker.ModelPackageStatus The status of the model package.
---@field ModelPackageStatusDetails? awsjobs.sagemaker.ModelPackageStatusDetails Specifies the validation and image scan statuses of the model package.
---@field CertifyForMarketplace? boolean Whether the model package is to be certified to be listed on Amazon Web Services Marketplace.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus The approval status of the model.
---@field CreatedBy? awsjobs.sagemaker.UserContext Information about the user who created or modified an experiment, trial, trial component, lineage group, or project.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties Metadata properties of the tracking entity, trial, or trial component.
---@field ModelMetrics? awsjobs.sagemaker.ModelMetrics Metrics for the model.
---@field LastModifiedTime? awsjobs.Timestamp The last time the model package was modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext Information about the user who created or modified an experiment, trial, trial component, lineage group, or project.
---@field ApprovalDescription? string A description provided when the model approval is set.
---@field Domain? string The machine learning domain of your model package and its components.
---@field Task? string The machine learning task your model package accomplishes.
---@field SamplePayloadUrl? string The Amazon Simple Storage Service path where the sample payload are stored.
---@field AdditionalInferenceSpecifications? awsjobs.sagemaker.AdditionalInferenceSpecificationDefinition[] An array of additional Inference Specification objects.
---@field SourceUri? string The URI of the source for the model package.
---@field SecurityConfig? awsjobs.sagemaker.ModelPackageSecurityConfig
---@field ModelCard? awsjobs.sagemaker.ModelPackageModelCard
---@field ModelLifeCycle? awsjobs.sagemaker.ModelLifeCycle A structure describing the current state of the model in its life cycle.
---@field Tags? awsjobs.sagemaker.Tag[] A list of the tags associated with the model package.
---@field CustomerMetadataProperties? table<string, string> The metadata properties for the model package.
---@field DriftCheckBaselines? awsjobs.sagemaker.DriftCheckBaselines Represents the drift check baselines that can be used when the model monitor is set using the model package.
---@field SkipModelValidation? awsjobs.sagemaker.SkipModelValidation Indicates if you want to skip model validation.

---The configuration for the Model package.
---@class awsjobs.sagemaker.ModelPackageConfig
---@field ModelPackageGroupArn string The Amazon Resource Name (ARN) of the model package group of output model package.
---@field SourceModelPackageArn? string The Amazon Resource Name (ARN) of the source model package used for continued fine-tuning and custom model evaluation.

---Describes the Docker container for the model package.
---@class awsjobs.sagemaker.ModelPackageContainerDefinition
---@field ContainerHostname? string The DNS host name for the Docker container.
---@field Image? string The Amazon Elastic Container Registry (Amazon ECR) path where inference code is stored.
---@field ImageDigest? string An MD5 hash of the training algorithm that identifies the Docker image used for training.
---@field ModelDataUrl? string The Amazon S3 path where the model artifacts, which result from model training, are stored.
---@field ModelDataSource? awsjobs.sagemaker.ModelDataSource Specifies the location of ML model data to deploy during endpoint creation.
---@field ProductId? string The Amazon Web Services Marketplace product ID of the model package.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field ModelInput? awsjobs.sagemaker.ModelInput A structure with Model Input details.
---@field Framework? string The machine learning framework of the model package container image.
---@field FrameworkVersion? string The framework version of the Model Package Container Image.
---@field NearestModelName? string The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference Recommender model that matches your model.
---@field AdditionalModelDataSources? awsjobs.sagemaker.AdditionalModelDataSource[] Data sources that are available to your model in addition to the one that you specify for ModelDataSource when you use the CreateModelPackage action.
---@field AdditionalS3DataSource? awsjobs.sagemaker.AdditionalS3DataSource The additional data source that is used during inference in the Docker container for your model package.
---@field ModelDataETag? string The ETag associated with Model Data URL.
---@field IsCheckpoint? boolean Specifies whether the model data is a training checkpoint.
---@field BaseModel? awsjobs.sagemaker.BaseModel Identifies the foundation model that was used as the starting point for model customization.

---A group of versioned models in the Model Registry.
---@class awsjobs.sagemaker.ModelPackageGroup
---@field ModelPackageGroupName? string The name of the model group.
---@field ModelPackageGroupArn? string The Amazon Resource Name (ARN) of the model group.
---@field ModelPackageGroupDescription? string The description for the model group.
---@field CreationTime? awsjobs.Timestamp The time that the model group was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field ModelPackageGroupStatus? awsjobs.sagemaker.ModelPackageGroupStatus The status of the model group.
---@field Tags? awsjobs.sagemaker.Tag[] A list of the tags associated with the model group.

---Summary information about a model group.
---@class awsjobs.sagemaker.ModelPackageGroupSummary
---@field ModelPackageGroupName string The name of the model group.
---@field ModelPackageGroupArn string The Amazon Resource Name (ARN) of the model group.
---@field ModelPackageGroupDescription? string A description of the model group.
---@field CreationTime awsjobs.Timestamp The time that the model group was created.
---@field ModelPackageGroupStatus awsjobs.sagemaker.ModelPackageGroupStatus The status of the model group.
---@field ManagedConfiguration? awsjobs.sagemaker.ManagedConfiguration The managed configuration of the model package group.

---The model card associated with the model package.
---@class awsjobs.sagemaker.ModelPackageModelCard
---@field ModelCardContent? string The content of the model card.
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.

---An optional Key Management Service key to encrypt, decrypt, and re-encrypt model package information for regulated workloads with highly sensitive data.
---@class awsjobs.sagemaker.ModelPackageSecurityConfig
---@field KmsKeyId string The KMS Key ID (KMSKeyId) used for encryption of model package information.

---Specifies the validation and image scan statuses of the model package.
---@class awsjobs.sagemaker.ModelPackageStatusDetails
---@field ValidationStatuses awsjobs.sagemaker.ModelPackageStatusItem[] The validation status of the model package.
---@field ImageScanStatuses? awsjobs.sagemaker.ModelPackageStatusItem[] The status of the scan of the Docker image container for the model package.

---Represents the overall status of a model package.
---@class awsjobs.sagemaker.ModelPackageStatusItem
---@field Name string The name of the model package for which the overall status is being reported.
---@field Status awsjobs.sagemaker.DetailedModelPackageStatus The current status.
---@field FailureReason? string if the overall status is Failed, the reason for the failure.

---Provides summary information about a model package.
---@class awsjobs.sagemaker.ModelPackageSummary
---@field ModelPackageName? string The name of the model package.
---@field ModelPackageGroupName? string If the model package is a versioned model, the model group that the versioned model belongs to.
---@field ModelPackageVersion? integer If the model package is a versioned model, the version of the model.
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the model package.
---@field ModelPackageDescription? string A brief description of the model package.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the model package was created.
---@field ModelPackageStatus awsjobs.sagemaker.ModelPackageStatus The overall status of the model package.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus The approval status of the model.
---@field ModelLifeCycle? awsjobs.sagemaker.ModelLifeCycle
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package summary.

---Contains data, such as the inputs and targeted instance types that are used in the process of validating the model package.
---@class awsjobs.sagemaker.ModelPackageValidationProfile
---@field ProfileName string The name of the profile for the model package.
---@field TransformJobDefinition awsjobs.sagemaker.TransformJobDefinition The TransformJobDefinition object that describes the transform job used for the validation of the model package.

---Specifies batch transform jobs that SageMaker runs to validate your model package.
---@class awsjobs.sagemaker.ModelPackageValidationSpecification
---@field ValidationRole string The IAM roles to be used for the validation of the model package.
---@field ValidationProfiles awsjobs.sagemaker.ModelPackageValidationProfile[] An array of ModelPackageValidationProfile objects, each of which specifies a batch transform job that SageMaker runs to validate your model package.

---Model quality statistics and constraints.
---@class awsjobs.sagemaker.ModelQuality
---@field Statistics? awsjobs.sagemaker.MetricsSource Model quality statistics.
---@field Constraints? awsjobs.sagemaker.MetricsSource Model quality constraints.

---Container image configuration object for the monitoring job.
---@class awsjobs.sagemaker.ModelQualityAppSpecification
---@field ImageUri string The address of the container image that the monitoring job runs.
---@field ContainerEntrypoint? string[] Specifies the entrypoint for a container that the monitoring job runs.
---@field ContainerArguments? string[] An array of arguments for the container used to run the monitoring job.
---@field RecordPreprocessorSourceUri? string An Amazon S3 URI to a script that is called per row prior to running analysis.
---@field PostAnalyticsProcessorSourceUri? string An Amazon S3 URI to a script that is called after analysis has been performed.
---@field ProblemType? awsjobs.sagemaker.MonitoringProblemType The machine learning problem type of the model that the monitoring job monitors.
---@field Environment? table<string, string> Sets the environment variables in the container that the monitoring job runs.

---Configuration for monitoring constraints and monitoring statistics.
---@class awsjobs.sagemaker.ModelQualityBaselineConfig
---@field BaseliningJobName? string The name of the job that performs baselining for the monitoring job.
---@field ConstraintsResource? awsjobs.sagemaker.MonitoringConstraintsResource

---The input for the model quality monitoring job.
---@class awsjobs.sagemaker.ModelQualityJobInput
---@field EndpointInput? awsjobs.sagemaker.EndpointInput
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput Input object for the batch transform job.
---@field GroundTruthS3Input awsjobs.sagemaker.MonitoringGroundTruthS3Input The ground truth label provided for the model.

---Settings for the model quantization technique that's applied by a model optimization job.
---@class awsjobs.sagemaker.ModelQuantizationConfig
---@field Image? string The URI of an LMI DLC in Amazon ECR.
---@field OverrideEnvironment? table<string, string> Environment variables that override the default ones in the model container.

---The model registry settings for the SageMaker Canvas application.
---@class awsjobs.sagemaker.ModelRegisterSettings
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether the integration to the model registry is enabled or disabled in the Canvas application.
---@field CrossAccountModelRegisterRoleArn? string The Amazon Resource Name (ARN) of the SageMaker model registry account.

---Settings for the model sharding technique that's applied by a model optimization job.
---@class awsjobs.sagemaker.ModelShardingConfig
---@field Image? string The URI of an LMI DLC in Amazon ECR.
---@field OverrideEnvironment? table<string, string> Environment variables that override the default ones in the model container.

---Settings for the model speculative decoding technique that's applied by a model optimization job.
---@class awsjobs.sagemaker.ModelSpeculativeDecodingConfig
---@field Technique awsjobs.sagemaker.ModelSpeculativeDecodingTechnique The speculative decoding technique to apply during model optimization.
---@field TrainingDataSource? awsjobs.sagemaker.ModelSpeculativeDecodingTrainingDataSource The location of the training data to use for speculative decoding.

---Contains information about the training data source for speculative decoding.
---@class awsjobs.sagemaker.ModelSpeculativeDecodingTrainingDataSource
---@field S3Uri string The Amazon S3 URI that points to the training data for speculative decoding.
---@field S3DataType awsjobs.sagemaker.ModelSpeculativeDecodingS3DataType The type of data stored in the Amazon S3 location.

---Metadata for Model steps.
---@class awsjobs.sagemaker.ModelStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the created model.

---Provides summary information about a model.
---@class awsjobs.sagemaker.ModelSummary
---@field ModelName string The name of the model that you want a summary for.
---@field ModelArn string The Amazon Resource Name (ARN) of the model.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the model was created.

---Contains information about the deployment options of a model.
---@class awsjobs.sagemaker.ModelVariantConfig
---@field ModelName string The name of the Amazon SageMaker Model entity.
---@field VariantName string The name of the variant.
---@field InfrastructureConfig awsjobs.sagemaker.ModelInfrastructureConfig The configuration for the infrastructure that the model will be deployed to.

---Summary of the deployment configuration of a model.
---@class awsjobs.sagemaker.ModelVariantConfigSummary
---@field ModelName string The name of the Amazon SageMaker Model entity.
---@field VariantName string The name of the variant.
---@field InfrastructureConfig awsjobs.sagemaker.ModelInfrastructureConfig The configuration of the infrastructure that the model has been deployed to.
---@field Status awsjobs.sagemaker.ModelVariantStatus The status of deployment for the model variant on the hosted inference endpoint.

---A list of alert actions taken in response to an alert going into InAlert status.
---@class awsjobs.sagemaker.MonitoringAlertActions
---@field ModelDashboardIndicator? awsjobs.sagemaker.ModelDashboardIndicatorAction An alert action taken to light up an icon on the Model Dashboard when an alert goes into InAlert status.

---Provides summary information of an alert's history.
---@class awsjobs.sagemaker.MonitoringAlertHistorySummary
---@field MonitoringScheduleName string The name of a monitoring schedule.
---@field MonitoringAlertName string The name of a monitoring alert.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when the first alert transition occurred in an alert history.
---@field AlertStatus awsjobs.sagemaker.MonitoringAlertStatus The current alert status of an alert.

---Provides summary information about a monitor alert.
---@class awsjobs.sagemaker.MonitoringAlertSummary
---@field MonitoringAlertName string The name of a monitoring alert.
---@field CreationTime awsjobs.Timestamp A timestamp that indicates when a monitor alert was created.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that indicates when a monitor alert was last updated.
---@field AlertStatus awsjobs.sagemaker.MonitoringAlertStatus The current status of an alert.
---@field DatapointsToAlert integer Within EvaluationPeriod, how many execution failures will raise an alert.
---@field EvaluationPeriod integer The number of most recent monitoring executions to consider when evaluating alert status.
---@field Actions awsjobs.sagemaker.MonitoringAlertActions A list of alert actions taken in response to an alert going into InAlert status.

---Container image configuration object for the monitoring job.
---@class awsjobs.sagemaker.MonitoringAppSpecification
---@field ImageUri string The container image to be run by the monitoring job.
---@field ContainerEntrypoint? string[] Specifies the entrypoint for a container used to run the monitoring job.
---@field ContainerArguments? string[] An array of arguments for the container used to run the monitoring job.
---@field RecordPreprocessorSourceUri? string An Amazon S3 URI to a script that is called per row prior to running analysis.
---@field PostAnalyticsProcessorSourceUri? string An Amazon S3 URI to a script that is called after analysis has been performed.

---Configuration for monitoring constraints and monitoring statistics.
---@class awsjobs.sagemaker.MonitoringBaselineConfig
---@field BaseliningJobName? string The name of the job that performs baselining for the monitoring job.
---@field ConstraintsResource? awsjobs.sagemaker.MonitoringConstraintsResource The baseline constraint file in Amazon S3 that the current monitoring job should validated against.
---@field StatisticsResource? awsjobs.sagemaker.MonitoringStatisticsResource The baseline statistics file in Amazon S3 that the current monitoring job should be validated against.

---Configuration for the cluster used to run model monitoring jobs.
---@class awsjobs.sagemaker.MonitoringClusterConfig
---@field InstanceCount integer The number of ML compute instances to use in the model monitoring job.
---@field InstanceType awsjobs.sagemaker.ProcessingInstanceType The ML compute instance type for the processing job.
---@field VolumeSizeInGB integer The size of the ML storage volume, in gigabytes, that you want to provision.
---@field VolumeKmsKeyId? string The Key Management Service (KMS) key that Amazon SageMaker AI uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the...

---The constraints resource for a monitoring job.
---@class awsjobs.sagemaker.MonitoringConstraintsResource
---@field S3Uri? string The Amazon S3 URI for the constraints resource.

---Represents the CSV dataset format used when running a monitoring job.
---@class awsjobs.sagemaker.MonitoringCsvDatasetFormat
---@field Header? boolean Indicates if the CSV data has a header.

---Represents the dataset format used when running a monitoring job.
---@class awsjobs.sagemaker.MonitoringDatasetFormat
---@field Csv? awsjobs.sagemaker.MonitoringCsvDatasetFormat The CSV dataset used in the monitoring job.
---@field Json? awsjobs.sagemaker.MonitoringJsonDatasetFormat The JSON dataset used in the monitoring job
---@field Parquet? awsjobs.sagemaker.MonitoringParquetDatasetFormat The Parquet dataset used in the monitoring job

---Summary of information about the last monitoring job to run.
---@class awsjobs.sagemaker.MonitoringExecutionSummary
---@field MonitoringScheduleName string The name of the monitoring schedule.
---@field ScheduledTime awsjobs.Timestamp The time the monitoring job was scheduled.
---@field CreationTime awsjobs.Timestamp The time at which the monitoring job was created.
---@field LastModifiedTime awsjobs.Timestamp A timestamp that indicates the last time the monitoring job was modified.
---@field MonitoringExecutionStatus awsjobs.sagemaker.ExecutionStatus The status of the monitoring job.
---@field ProcessingJobArn? string The Amazon Resource Name (ARN) of the monitoring job.
---@field EndpointName? string The name of the endpoint used to run the monitoring job.
---@field FailureReason? string Contains the reason a monitoring job failed, if it failed.
---@field MonitoringJobDefinitionName? string The name of the monitoring job.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The type of the monitoring job.

---The ground truth labels for the dataset used for the monitoring job.
---@class awsjobs.sagemaker.MonitoringGroundTruthS3Input
---@field S3Uri? string The address of the Amazon S3 location of the ground truth labels.

---The inputs for a monitoring job.
---@class awsjobs.sagemaker.MonitoringInput
---@field EndpointInput? awsjobs.sagemaker.EndpointInput The endpoint for a monitoring job.
---@field BatchTransformInput? awsjobs.sagemaker.BatchTransformInput Input object for the batch transform job.

---Defines the monitoring job.
---@class awsjobs.sagemaker.MonitoringJobDefinition
---@field BaselineConfig? awsjobs.sagemaker.MonitoringBaselineConfig Baseline configuration used to validate that the data conforms to the specified constraints and statistics
---@field MonitoringInputs awsjobs.sagemaker.MonitoringInput[] The array of inputs for the monitoring job.
---@field MonitoringOutputConfig awsjobs.sagemaker.MonitoringOutputConfig The array of outputs from the monitoring job to be uploaded to Amazon S3.
---@field MonitoringResources awsjobs.sagemaker.MonitoringResources Identifies the resources, ML compute instances, and ML storage volumes to deploy for a monitoring job.
---@field MonitoringAppSpecification awsjobs.sagemaker.MonitoringAppSpecification Configures the monitoring job to run a specified Docker container image.
---@field StoppingCondition? awsjobs.sagemaker.MonitoringStoppingCondition Specifies a time limit for how long the monitoring job is allowed to run.
---@field Environment? table<string, string> Sets the environment variables in the Docker container.
---@field NetworkConfig? awsjobs.sagemaker.NetworkConfig Specifies networking options for an monitoring job.
---@field RoleArn string The Amazon Resource Name (ARN) of an IAM role that Amazon SageMaker AI can assume to perform tasks on your behalf.

---Summary information about a monitoring job.
---@class awsjobs.sagemaker.MonitoringJobDefinitionSummary
---@field MonitoringJobDefinitionName string The name of the monitoring job.
---@field MonitoringJobDefinitionArn string The Amazon Resource Name (ARN) of the monitoring job.
---@field CreationTime awsjobs.Timestamp The time that the monitoring job was created.
---@field EndpointName string The name of the endpoint that the job monitors.

---Represents the JSON dataset format used when running a monitoring job.
---@class awsjobs.sagemaker.MonitoringJsonDatasetFormat
---@field Line? boolean Indicates if the file should be read as a JSON object per line.

---The networking configuration for the monitoring job.
---@class awsjobs.sagemaker.MonitoringNetworkConfig
---@field EnableInterContainerTrafficEncryption? boolean Whether to encrypt all communications between the instances used for the monitoring jobs.
---@field EnableNetworkIsolation? boolean Whether to allow inbound and outbound network calls to and from the containers used for the monitoring job.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig

---The output object for a monitoring job.
---@class awsjobs.sagemaker.MonitoringOutput
---@field S3Output awsjobs.sagemaker.MonitoringS3Output The Amazon S3 storage location where the results of a monitoring job are saved.

---The output configuration for monitoring jobs.
---@class awsjobs.sagemaker.MonitoringOutputConfig
---@field MonitoringOutputs awsjobs.sagemaker.MonitoringOutput[] Monitoring outputs for monitoring jobs.
---@field KmsKeyId? string The Key Management Service (KMS) key that Amazon SageMaker AI uses to encrypt the model artifacts at rest using Amazon S3 server-side encryption.

---Represents the Parquet dataset format used when running a monitoring job.
---@class awsjobs.sagemaker.MonitoringParquetDatasetFormat

---Identifies the resources to deploy for a monitoring job.
---@class awsjobs.sagemaker.MonitoringResources
---@field ClusterConfig awsjobs.sagemaker.MonitoringClusterConfig The configuration for the cluster resources used to run the processing job.

---Information about where and how you want to store the results of a monitoring job.
---@class awsjobs.sagemaker.MonitoringS3Output
---@field S3Uri string A URI that identifies the Amazon S3 storage location where Amazon SageMaker AI saves the results of a monitoring job.
---@field LocalPath string The local path to the Amazon S3 storage location where Amazon SageMaker AI saves the results of a monitoring job.
---@field S3UploadMode? awsjobs.sagemaker.ProcessingS3UploadMode Whether to upload the results of the monitoring job continuously or after the job completes.

---A schedule for a model monitoring job.
---@class awsjobs.sagemaker.MonitoringSchedule
---@field MonitoringScheduleArn? string The Amazon Resource Name (ARN) of the monitoring schedule.
---@field MonitoringScheduleName? string The name of the monitoring schedule.
---@field MonitoringScheduleStatus? awsjobs.sagemaker.ScheduleStatus The status of the monitoring schedule.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The type of the monitoring job definition to schedule.
---@field FailureReason? string If the monitoring schedule failed, the reason it failed.
---@field CreationTime? awsjobs.Timestamp The time that the monitoring schedule was created.
---@field LastModifiedTime? awsjobs.Timestamp The last time the monitoring schedule was changed.
---@field MonitoringScheduleConfig? awsjobs.sagemaker.MonitoringScheduleConfig
---@field EndpointName? string The endpoint that hosts the model being monitored.
---@field LastMonitoringExecutionSummary? awsjobs.sagemaker.MonitoringExecutionSummary
---@field Tags? awsjobs.sagemaker.Tag[] A list of the tags associated with the monitoring schedlue.

---Configures the monitoring schedule and defines the monitoring job.
---@class awsjobs.sagemaker.MonitoringScheduleConfig
---@field ScheduleConfig? awsjobs.sagemaker.ScheduleConfig Configures the monitoring schedule.
---@field MonitoringJobDefinition? awsjobs.sagemaker.MonitoringJobDefinition Defines the monitoring job.
---@field MonitoringJobDefinitionName? string The name of the monitoring job definition to schedule.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The type of the monitoring job definition to schedule.

---Summarizes the monitoring schedule.
---@class awsjobs.sagemaker.MonitoringScheduleSummary
---@field MonitoringScheduleName string The name of the monitoring schedule.
---@field MonitoringScheduleArn string The Amazon Resource Name (ARN) of the monitoring schedule.
---@field CreationTime awsjobs.Timestamp The creation time of the monitoring schedule.
---@field LastModifiedTime awsjobs.Timestamp The last time the monitoring schedule was modified.
---@field MonitoringScheduleStatus awsjobs.sagemaker.ScheduleStatus The status of the monitoring schedule.
---@field EndpointName? string The name of the endpoint using the monitoring schedule.
---@field MonitoringJobDefinitionName? string The name of the monitoring job definition that the schedule is for.
---@field MonitoringType? awsjobs.sagemaker.MonitoringType The type of the monitoring job definition that the schedule is for.

---The statistics resource for a monitoring job.
---@class awsjobs.sagemaker.MonitoringStatisticsResource
---@field S3Uri? string The Amazon S3 URI for the statistics resource.

---A time limit for how long the monitoring job is allowed to run before stopping.
---@class awsjobs.sagemaker.MonitoringStoppingCondition
---@field MaxRuntimeInSeconds integer The maximum runtime allowed in seconds.

---Specifies additional configuration for hosting multi-model endpoints.
---@class awsjobs.sagemaker.MultiModelConfig
---@field ModelCacheSetting? awsjobs.sagemaker.ModelCacheSetting Whether to cache models for a multi-model endpoint.

---The VpcConfig configuration object that specifies the VPC that you want the compilation jobs to connect to.
---@class awsjobs.sagemaker.NeoVpcConfig
---@field SecurityGroupIds string[] The VPC security group IDs.
---@field Subnets string[] The ID of the subnets in the VPC that you want to connect the compilation job to for accessing the model in Amazon S3.

---A list of nested Filter objects.
---@class awsjobs.sagemaker.NestedFilters
---@field NestedPropertyName string The name of the property to use in the nested filters.
---@field Filters awsjobs.sagemaker.Filter[] A list of filters.

---Networking options for a job, such as network traffic encryption between containers, whether to allow inbound and outbound network calls to and from containers, and the VPC subnets and security...
---@class awsjobs.sagemaker.NetworkConfig
---@field EnableInterContainerTrafficEncryption? boolean Whether to encrypt all communications between distributed processing jobs.
---@field EnableNetworkIsolation? boolean Whether to allow inbound and outbound network calls to and from the containers used for the processing job.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig

---Information about a node that was successfully added to the cluster.
---@class awsjobs.sagemaker.NodeAdditionResult
---@field NodeLogicalId string A unique identifier assigned to the node that can be used to track its provisioning status through the DescribeClusterNode operation.
---@field InstanceGroupName string The name of the instance group to which the node was added.
---@field Status awsjobs.sagemaker.ClusterInstanceStatus The current status of the node.
---@field AvailabilityZones? string[] The availability zones associated with the successfully added node.
---@field InstanceTypes? awsjobs.sagemaker.ClusterInstanceType[] The instance types associated with the successfully added node.

---Provides a summary of a notebook instance lifecycle configuration.
---@class awsjobs.sagemaker.NotebookInstanceLifecycleConfigSummary
---@field NotebookInstanceLifecycleConfigName string The name of the lifecycle configuration.
---@field NotebookInstanceLifecycleConfigArn string The Amazon Resource Name (ARN) of the lifecycle configuration.
---@field CreationTime? awsjobs.Timestamp A timestamp that tells when the lifecycle configuration was created.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that tells when the lifecycle configuration was last modified.

---Contains the notebook instance lifecycle configuration script.
---@class awsjobs.sagemaker.NotebookInstanceLifecycleHook
---@field Content? string A base64-encoded string that contains a shell script for a notebook instance lifecycle configuration.

---Provides summary information for an SageMaker AI notebook instance.
---@class awsjobs.sagemaker.NotebookInstanceSummary
---@field NotebookInstanceName string The name of the notebook instance that you want a summary for.
---@field NotebookInstanceArn string The Amazon Resource Name (ARN) of the notebook instance.
---@field NotebookInstanceStatus? awsjobs.sagemaker.NotebookInstanceStatus The status of the notebook instance.
---@field Url? string The URL that you use to connect to the Jupyter notebook running in your notebook instance.
---@field InstanceType? awsjobs.sagemaker.InstanceType The type of ML compute instance that the notebook instance is running on.
---@field CreationTime? awsjobs.Timestamp A timestamp that shows when the notebook instance was created.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that shows when the notebook instance was last modified.
---@field NotebookInstanceLifecycleConfigName? string The name of a notebook instance lifecycle configuration associated with this notebook instance.
---@field DefaultCodeRepository? string The Git repository associated with the notebook instance as its default code repository.
---@field AdditionalCodeRepositories? string[] An array of up to three Git repositories associated with the notebook instance.

---Configures Amazon SNS notifications of available or expiring work items for work teams.
---@class awsjobs.sagemaker.NotificationConfiguration
---@field NotificationTopicArn? string The ARN for the Amazon SNS topic to which notifications should be published.

---Specifies the number of training jobs that this hyperparameter tuning job launched, categorized by the status of their objective metric.
---@class awsjobs.sagemaker.ObjectiveStatusCounters
---@field Succeeded? integer The number of training jobs whose final objective metric was evaluated by the hyperparameter tuning job and used in the hyperparameter tuning process.
---@field Pending? integer The number of training jobs that are in progress and pending evaluation of their final objective metric.
---@field Failed? integer The number of training jobs whose final objective metric was not evaluated and used in the hyperparameter tuning process.

---The configuration of an OfflineStore.
---@class awsjobs.sagemaker.OfflineStoreConfig
---@field S3StorageConfig awsjobs.sagemaker.S3StorageConfig The Amazon Simple Storage (Amazon S3) location of OfflineStore.
---@field DisableGlueTableCreation? boolean Set to True to disable the automatic creation of an Amazon Web Services Glue table when configuring an OfflineStore.
---@field DataCatalogConfig? awsjobs.sagemaker.DataCatalogConfig The meta data of the Glue table for the OfflineStore.
---@field TableFormat? awsjobs.sagemaker.TableFormat Format for the offline store table.

---The status of OfflineStore.
---@class awsjobs.sagemaker.OfflineStoreStatus
---@field Status awsjobs.sagemaker.OfflineStoreStatusValue An OfflineStore status.
---@field BlockedReason? string The justification for why the OfflineStoreStatus is Blocked (if applicable).

---Use this parameter to configure your OIDC Identity Provider (IdP).
---@class awsjobs.sagemaker.OidcConfig
---@field ClientId string The OIDC IdP client ID used to configure your private workforce.
---@field ClientSecret string The OIDC IdP client secret used to configure your private workforce.
---@field Issuer string The OIDC IdP issuer used to configure your private workforce.
---@field AuthorizationEndpoint string The OIDC IdP authorization endpoint used to configure your private workforce.
---@field TokenEndpoint string The OIDC IdP token endpoint used to configure your private workforce.
---@field UserInfoEndpoint string The OIDC IdP user information endpoint used to configure your private workforce.
---@field LogoutEndpoint string The OIDC IdP logout endpoint used to configure your private workforce.
---@field JwksUri string The OIDC IdP JSON Web Key Set (Jwks) URI used to configure your private workforce.
---@field Scope? string An array of string identifiers used to refer to the specific pieces of user data or claims that the client application wants to access.
---@field AuthenticationRequestExtraParams? table<string, string> A string to string map of identifiers specific to the custom identity provider (IdP) being used.

---Your OIDC IdP workforce configuration.
---@class awsjobs.sagemaker.OidcConfigForResponse
---@field ClientId? string The OIDC IdP client ID used to configure your private workforce.
---@field Issuer? string The OIDC IdP issuer used to configure your private workforce.
---@field AuthorizationEndpoint? string The OIDC IdP authorization endpoint used to configure your private workforce.
---@field TokenEndpoint? string The OIDC IdP token endpoint used to configure your private workforce.
---@field UserInfoEndpoint? string The OIDC IdP user information endpoint used to configure your private workforce.
---@field LogoutEndpoint? string The OIDC IdP logout endpoint used to configure your private workforce.
---@field JwksUri? string The OIDC IdP JSON Web Key Set (Jwks) URI used to configure your private workforce.
---@field Scope? string An array of string identifiers used to refer to the specific pieces of user data or claims that the client application wants to access.
---@field AuthenticationRequestExtraParams? table<string, string> A string to string map of identifiers specific to the custom identity provider (IdP) being used.

---A list of user groups that exist in your OIDC Identity Provider (IdP).
---@class awsjobs.sagemaker.OidcMemberDefinition
---@field Groups? string[] A list of comma seperated strings that identifies user groups in your OIDC IdP.

---Use this to specify the Amazon Web Services Key Management Service (KMS) Key ID, or KMSKeyId, for at rest data encryption.
---@class awsjobs.sagemaker.OnlineStoreConfig
---@field SecurityConfig? awsjobs.sagemaker.OnlineStoreSecurityConfig Use to specify KMS Key ID (KMSKeyId) for at-rest encryption of your OnlineStore.
---@field EnableOnlineStore? boolean Turn OnlineStore off by specifying False for the EnableOnlineStore flag.
---@field TtlDuration? awsjobs.sagemaker.TtlDuration Time to live duration, where the record is hard deleted after the expiration time is reached; ExpiresAt = EventTime + TtlDuration.
---@field StorageType? awsjobs.sagemaker.StorageType Option for different tiers of low latency storage for real-time data retrieval.

---Updates the feature group online store configuration.
---@class awsjobs.sagemaker.OnlineStoreConfigUpdate
---@field TtlDuration? awsjobs.sagemaker.TtlDuration Time to live duration, where the record is hard deleted after the expiration time is reached; ExpiresAt = EventTime + TtlDuration.

---The security configuration for OnlineStore.
---@class awsjobs.sagemaker.OnlineStoreSecurityConfig
---@field KmsKeyId? string The Amazon Web Services Key Management Service (KMS) key ARN that SageMaker Feature Store uses to encrypt the Amazon S3 objects at rest using Amazon S3...

---Settings for an optimization technique that you apply with a model optimization job.
---@class awsjobs.sagemaker.OptimizationConfig
---@field ModelQuantizationConfig? awsjobs.sagemaker.ModelQuantizationConfig Settings for the model quantization technique that's applied by a model optimization job.
---@field ModelCompilationConfig? awsjobs.sagemaker.ModelCompilationConfig Settings for the model compilation technique that's applied by a model optimization job.
---@field ModelShardingConfig? awsjobs.sagemaker.ModelShardingConfig Settings for the model sharding technique that's applied by a model optimization job.
---@field ModelSpeculativeDecodingConfig? awsjobs.sagemaker.ModelSpeculativeDecodingConfig Settings for the model speculative decoding technique that's applied by a model optimization job.

---The location of the source model to optimize with an optimization job.
---@class awsjobs.sagemaker.OptimizationJobModelSource
---@field S3? awsjobs.sagemaker.OptimizationJobModelSourceS3 The Amazon S3 location of a source model to optimize with an optimization job.
---@field SageMakerModel? awsjobs.sagemaker.OptimizationSageMakerModel The name of an existing SageMaker model to optimize with an optimization job.

---The Amazon S3 location of a source model to optimize with an optimization job.
---@class awsjobs.sagemaker.OptimizationJobModelSourceS3
---@field S3Uri? string An Amazon S3 URI that locates a source model to optimize with an optimization job.
---@field ModelAccessConfig? awsjobs.sagemaker.OptimizationModelAccessConfig The access configuration settings for the source ML model for an optimization job, where you can accept the model end-user license agreement (EULA).

---Details for where to store the optimized model that you create with the optimization job.
---@class awsjobs.sagemaker.OptimizationJobOutputConfig
---@field KmsKeyId? string The Amazon Resource Name (ARN) of a key in Amazon Web Services KMS.
---@field S3OutputLocation string The Amazon S3 URI for where to store the optimized model that you create with an optimization job.
---@field SageMakerModel? awsjobs.sagemaker.OptimizationSageMakerModel The name of a SageMaker model to use as the output destination for an optimization job.

---Summarizes an optimization job by providing some of its key properties.
---@class awsjobs.sagemaker.OptimizationJobSummary
---@field OptimizationJobName string The name that you assigned to the optimization job.
---@field OptimizationJobArn string The Amazon Resource Name (ARN) of the optimization job.
---@field CreationTime awsjobs.Timestamp The time when you created the optimization job.
---@field OptimizationJobStatus awsjobs.sagemaker.OptimizationJobStatus The current status of the optimization job.
---@field OptimizationStartTime? awsjobs.Timestamp The time when the optimization job started.
---@field OptimizationEndTime? awsjobs.Timestamp The time when the optimization job finished processing.
---@field LastModifiedTime? awsjobs.Timestamp The time when the optimization job was last updated.
---@field DeploymentInstanceType awsjobs.sagemaker.OptimizationJobDeploymentInstanceType The type of instance that hosts the optimized model that you create with the optimization job.
---@field MaxInstanceCount? integer The maximum number of instances to use for the optimization job.
---@field OptimizationTypes string[] The optimization techniques that are applied by the optimization job.

---The access configuration settings for the source ML model for an optimization job, where you can accept the model end-user license agreement (EULA).
---@class awsjobs.sagemaker.OptimizationModelAccessConfig
---@field AcceptEula boolean Specifies agreement to the model end-user license agreement (EULA).

---Output values produced by an optimization job.
---@class awsjobs.sagemaker.OptimizationOutput
---@field RecommendedInferenceImage? string The image that SageMaker recommends that you use to host the optimized model that you created with an optimization job.

---A SageMaker model to use as the source or destination for an optimization job.
---@class awsjobs.sagemaker.OptimizationSageMakerModel
---@field ModelName? string The name of a SageMaker model.

---A VPC in Amazon VPC that's accessible to an optimized that you create with an optimization job.
---@class awsjobs.sagemaker.OptimizationVpcConfig
---@field SecurityGroupIds string[] The VPC security group IDs, in the form sg-xxxxxxxx.
---@field Subnets string[] The ID of the subnets in the VPC to which you want to connect your optimized model.

---Contains information about the output location for the compiled model and the target device that the model runs on.
---@class awsjobs.sagemaker.OutputConfig
---@field S3OutputLocation string Identifies the S3 bucket where you want Amazon SageMaker AI to store the model artifacts.
---@field TargetDevice? awsjobs.sagemaker.TargetDevice Identifies the target device or the machine learning instance that you want to run your model on after the compilation has completed.
---@field TargetPlatform? awsjobs.sagemaker.TargetPlatform Contains information about a target platform that you want your model to run on, such as OS, architecture, and accelerators.
---@field CompilerOptions? string Specifies additional parameters for compiler options in JSON format.
---@field KmsKeyId? string The Amazon Web Services Key Management Service key (Amazon Web Services KMS) that Amazon SageMaker AI uses to encrypt your output models with Amazon S3...

---Provides information about how to store model training results (model artifacts).
---@class awsjobs.sagemaker.OutputDataConfig
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the model artifacts at rest using Amazon S3...
---@field S3OutputPath string Identifies the S3 path where you want SageMaker to store the model artifacts.
---@field CompressionType? awsjobs.sagemaker.OutputCompressionType The model output compression type.

---An output parameter of a pipeline step.
---@class awsjobs.sagemaker.OutputParameter
---@field Name string The name of the output parameter.
---@field Value string The value of the output parameter.

---The collection of ownership settings for a space.
---@class awsjobs.sagemaker.OwnershipSettings
---@field OwnerUserProfileName string The user profile who is the owner of the space.

---Specifies summary information about the ownership settings.
---@class awsjobs.sagemaker.OwnershipSettingsSummary
---@field OwnerUserProfileName? string The user profile who is the owner of the space.

---Configuration that controls the parallelism of the pipeline.
---@class awsjobs.sagemaker.ParallelismConfiguration
---@field MaxParallelExecutionSteps integer The max number of steps that can be executed in parallel.

---Assigns a value to a named Pipeline parameter.
---@class awsjobs.sagemaker.Parameter
---@field Name string The name of the parameter to assign a value to.
---@field Value string The literal value for the parameter.

---Defines the possible values for categorical, continuous, and integer hyperparameters to be used by an algorithm.
---@class awsjobs.sagemaker.ParameterRange
---@field IntegerParameterRangeSpecification? awsjobs.sagemaker.IntegerParameterRangeSpecification A IntegerParameterRangeSpecification object that defines the possible values for an integer hyperparameter.
---@field ContinuousParameterRangeSpecification? awsjobs.sagemaker.ContinuousParameterRangeSpecification A ContinuousParameterRangeSpecification object that defines the possible values for a continuous hyperparameter.
---@field CategoricalParameterRangeSpecification? awsjobs.sagemaker.CategoricalParameterRangeSpecification A CategoricalParameterRangeSpecification object that defines the possible values for a categorical hyperparameter.

---Specifies ranges of integer, continuous, and categorical hyperparameters that a hyperparameter tuning job searches.
---@class awsjobs.sagemaker.ParameterRanges
---@field IntegerParameterRanges? awsjobs.sagemaker.IntegerParameterRange[] The array of IntegerParameterRange objects that specify ranges of integer hyperparameters that a hyperparameter tuning job searches.
---@field ContinuousParameterRanges? awsjobs.sagemaker.ContinuousParameterRange[] The array of ContinuousParameterRange objects that specify ranges of continuous hyperparameters that a hyperparameter tuning job searches.
---@field CategoricalParameterRanges? awsjobs.sagemaker.CategoricalParameterRange[] The array of CategoricalParameterRange objects that specify ranges of categorical hyperparameters that a hyperparameter tuning job searches.
---@field AutoParameters? awsjobs.sagemaker.AutoParameter[] A list containing hyperparameter names and example values to be used by Autotune to determine optimal ranges for your tuning job.

---The trial that a trial component is associated with and the experiment the trial is part of.
---@class awsjobs.sagemaker.Parent
---@field TrialName? string The name of the trial.
---@field ExperimentName? string The name of the experiment.

---A previously completed or stopped hyperparameter tuning job to be used as a starting point for a new hyperparameter tuning job.
---@class awsjobs.sagemaker.ParentHyperParameterTuningJob
---@field HyperParameterTuningJobName? string The name of the hyperparameter tuning job to be used as a starting point for a new hyperparameter tuning job.

---Configuration settings for the SageMaker Partner AI App.
---@class awsjobs.sagemaker.PartnerAppConfig
---@field AdminUsers? string[] The list of users that are given admin access to the SageMaker Partner AI App.
---@field Arguments? table<string, string> This is a map of required inputs for a SageMaker Partner AI App.
---@field AssignedGroupPatterns? string[] A list of Amazon Web Services IAM Identity Center group patterns that can access the SageMaker Partner AI App.
---@field RoleGroupAssignments? awsjobs.sagemaker.RoleGroupAssignment[] A map of in-app roles to Amazon Web Services IAM Identity Center group patterns.

---Maintenance configuration settings for the SageMaker Partner AI App.
---@class awsjobs.sagemaker.PartnerAppMaintenanceConfig
---@field MaintenanceWindowStart? string The day and time of the week in Coordinated Universal Time (UTC) 24-hour standard time that weekly maintenance updates are scheduled.

---A subset of information related to a SageMaker Partner AI App.
---@class awsjobs.sagemaker.PartnerAppSummary
---@field Arn? string The ARN of the SageMaker Partner AI App.
---@field Name? string The name of the SageMaker Partner AI App.
---@field Type? awsjobs.sagemaker.PartnerAppType The type of SageMaker Partner AI App to create.
---@field Status? awsjobs.sagemaker.PartnerAppStatus The status of the SageMaker Partner AI App.
---@field CreationTime? awsjobs.Timestamp The creation time of the SageMaker Partner AI App.

---The summary of an in-progress deployment when an endpoint is creating or updating with a new endpoint configuration.
---@class awsjobs.sagemaker.PendingDeploymentSummary
---@field EndpointConfigName string The name of the endpoint configuration used in the deployment.
---@field ProductionVariants? awsjobs.sagemaker.PendingProductionVariantSummary[] An array of PendingProductionVariantSummary objects, one for each model hosted behind this endpoint for the in-progress deployment.
---@field StartTime? awsjobs.Timestamp The start time of the deployment.
---@field ShadowProductionVariants? awsjobs.sagemaker.PendingProductionVariantSummary[] An array of PendingProductionVariantSummary objects, one for each model hosted behind this endpoint in shadow mode with production traffic replicated from...

---The production variant summary for a deployment when an endpoint is creating or updating with the CreateEndpoint or UpdateEndpoint operations.
---@class awsjobs.sagemaker.PendingProductionVariantSummary
---@field VariantName string The name of the variant.
---@field DeployedImages? awsjobs.sagemaker.DeployedImage[] An array of DeployedImage objects that specify the Amazon EC2 Container Registry paths of the inference images deployed on instances of this ProductionVariant.
---@field CurrentWeight? number The weight associated with the variant.
---@field DesiredWeight? number The requested weight for the variant in this deployment, as specified in the endpoint configuration for the endpoint.
---@field CurrentInstanceCount? integer The number of instances associated with the variant.
---@field DesiredInstanceCount? integer The number of instances requested in this deployment, as specified in the endpoint configuration for the endpoint.
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The type of instances associated with the variant.
---@field InstancePools? awsjobs.sagemaker.InstancePoolSummary[] A list of instance pools for the production variant.
---@field AcceleratorType? awsjobs.sagemaker.ProductionVariantAcceleratorType This parameter is no longer supported.
---@field VariantStatus? awsjobs.sagemaker.ProductionVariantStatus[] The endpoint variant status which describes the current deployment stage status or operational status.
---@field CurrentServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig The serverless configuration for the endpoint.
---@field DesiredServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig The serverless configuration requested for this deployment, as specified in the endpoint configuration for the endpoint.
---@field ManagedInstanceScaling? awsjobs.sagemaker.ProductionVariantManagedInstanceScaling Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
---@field RoutingConfig? awsjobs.sagemaker.ProductionVariantRoutingConfig Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.

---Defines the traffic pattern.
---@class awsjobs.sagemaker.Phase
---@field InitialNumberOfUsers? integer Specifies how many concurrent users to start with.
---@field SpawnRate? integer Specified how many new users to spawn in a minute.
---@field DurationInSeconds? integer Specifies how long a traffic phase should be.

---A SageMaker Model Building Pipeline instance.
---@class awsjobs.sagemaker.Pipeline
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineName? string The name of the pipeline.
---@field PipelineDisplayName? string The display name of the pipeline.
---@field PipelineDescription? string The description of the pipeline.
---@field RoleArn? string The Amazon Resource Name (ARN) of the role that created the pipeline.
---@field PipelineStatus? awsjobs.sagemaker.PipelineStatus The status of the pipeline.
---@field CreationTime? awsjobs.Timestamp The creation time of the pipeline.
---@field LastModifiedTime? awsjobs.Timestamp The time that the pipeline was last modified.
---@field LastRunTime? awsjobs.Timestamp The time when the pipeline was last run.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration The parallelism configuration applied to the pipeline.
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags that apply to the pipeline.

---The location of the pipeline definition stored in Amazon S3.
---@class awsjobs.sagemaker.PipelineDefinitionS3Location
---@field Bucket string Name of the S3 bucket.
---@field ObjectKey string The object key (or key name) uniquely identifies the object in an S3 bucket.
---@field VersionId? string Version Id of the pipeline definition file.

---An execution of a pipeline.
---@class awsjobs.sagemaker.PipelineExecution
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline that was executed.
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.
---@field PipelineExecutionDisplayName? string The display name of the pipeline execution.
---@field PipelineExecutionStatus? awsjobs.sagemaker.PipelineExecutionStatus The status of the pipeline status.
---@field PipelineExecutionDescription? string The description of the pipeline execution.
---@field PipelineExperimentConfig? awsjobs.sagemaker.PipelineExperimentConfig
---@field FailureReason? string If the execution failed, a message describing why.
---@field CreationTime? awsjobs.Timestamp The creation time of the pipeline execution.
---@field LastModifiedTime? awsjobs.Timestamp The time that the pipeline execution was last modified.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration The parallelism configuration applied to the pipeline execution.
---@field SelectiveExecutionConfig? awsjobs.sagemaker.SelectiveExecutionConfig The selective execution configuration applied to the pipeline run.
---@field PipelineParameters? awsjobs.sagemaker.Parameter[] Contains a list of pipeline parameters.
---@field PipelineVersionId? integer The ID of the pipeline version that started this execution.
---@field PipelineVersionDisplayName? string The display name of the pipeline version that started this execution.

---An execution of a step in a pipeline.
---@class awsjobs.sagemaker.PipelineExecutionStep
---@field StepName? string The name of the step that is executed.
---@field StepDisplayName? string The display name of the step.
---@field StepDescription? string The description of the step.
---@field StartTime? awsjobs.Timestamp The time that the step started executing.
---@field EndTime? awsjobs.Timestamp The time that the step stopped executing.
---@field StepStatus? awsjobs.sagemaker.StepStatus The status of the step execution.
---@field CacheHitResult? awsjobs.sagemaker.CacheHitResult If this pipeline execution step was cached, details on the cache hit.
---@field FailureReason? string The reason why the step failed execution.
---@field Metadata? awsjobs.sagemaker.PipelineExecutionStepMetadata Metadata to run the pipeline step.
---@field AttemptCount? integer The current attempt of the execution step.
---@field SelectiveExecutionResult? awsjobs.sagemaker.SelectiveExecutionResult The ARN from an execution of the current pipeline from which results are reused for this step.

---Metadata for a step execution.
---@class awsjobs.sagemaker.PipelineExecutionStepMetadata
---@field TrainingJob? awsjobs.sagemaker.TrainingJobStepMetadata The Amazon Resource Name (ARN) of the training job that was run by this step execution.
---@field ProcessingJob? awsjobs.sagemaker.ProcessingJobStepMetadata The Amazon Resource Name (ARN) of the processing job that was run by this step execution.
---@field TransformJob? awsjobs.sagemaker.TransformJobStepMetadata The Amazon Resource Name (ARN) of the transform job that was run by this step execution.
---@field TuningJob? awsjobs.sagemaker.TuningJobStepMetaData The Amazon Resource Name (ARN) of the tuning job that was run by this step execution.
---@field Model? awsjobs.sagemaker.ModelStepMetadata The Amazon Resource Name (ARN) of the model that was created by this step execution.
---@field RegisterModel? awsjobs.sagemaker.RegisterModelStepMetadata The Amazon Resource Name (ARN) of the model package that the model was registered to by this step execution.
---@field Condition? awsjobs.sagemaker.ConditionStepMetadata The outcome of the condition evaluation that was run by this step execution.
---@field Callback? awsjobs.sagemaker.CallbackStepMetadata The URL of the Amazon SQS queue used by this step execution, the pipeline generated token, and a list of output parameters.
---@field Lambda? awsjobs.sagemaker.LambdaStepMetadata The Amazon Resource Name (ARN) of the Lambda function that was run by this step execution and a list of output parameters.
---@field EMR? awsjobs.sagemaker.EMRStepMetadata The configurations and outcomes of an Amazon EMR step execution.
---@field QualityCheck? awsjobs.sagemaker.QualityCheckStepMetadata The configurations and outcomes of the check step execution.
---@field ClarifyCheck? awsjobs.sagemaker.ClarifyCheckStepMetadata Container for the metadata for a Clarify check step.
---@field Fail? awsjobs.sagemaker.FailStepMetadata The configurations and outcomes of a Fail step execution.
---@field AutoMLJob? awsjobs.sagemaker.AutoMLJobStepMetadata The Amazon Resource Name (ARN) of the AutoML job that was run by this step.
---@field Endpoint? awsjobs.sagemaker.EndpointStepMetadata The endpoint that was invoked during this step execution.
---@field EndpointConfig? awsjobs.sagemaker.EndpointConfigStepMetadata The endpoint configuration used to create an endpoint during this step execution.
---@field BedrockCustomModel? awsjobs.sagemaker.BedrockCustomModelMetadata The metadata of the Amazon Bedrock custom model used in the pipeline execution step.
---@field BedrockCustomModelDeployment? awsjobs.sagemaker.BedrockCustomModelDeploymentMetadata The metadata of the Amazon Bedrock custom model deployment used in pipeline execution step.
---@field BedrockProvisionedModelThroughput? awsjobs.sagemaker.BedrockProvisionedModelThroughputMetadata The metadata of the Amazon Bedrock provisioned model throughput used in the pipeline execution step.
---@field BedrockModelImport? awsjobs.sagemaker.BedrockModelImportMetadata The metadata of Amazon Bedrock model import used in pipeline execution step.
---@field InferenceComponent? awsjobs.sagemaker.InferenceComponentMetadata The metadata of the inference component used in pipeline execution step.
---@field Lineage? awsjobs.sagemaker.LineageMetadata The metadata of the lineage used in pipeline execution step.

---A pipeline execution summary.
---@class awsjobs.sagemaker.PipelineExecutionSummary
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.
---@field StartTime? awsjobs.Timestamp The start time of the pipeline execution.
---@field PipelineExecutionStatus? awsjobs.sagemaker.PipelineExecutionStatus The status of the pipeline execution.
---@field PipelineExecutionDescription? string The description of the pipeline execution.
---@field PipelineExecutionDisplayName? string The display name of the pipeline execution.
---@field PipelineExecutionFailureReason? string A message generated by SageMaker Pipelines describing why the pipeline execution failed.

---Specifies the names of the experiment and trial created by a pipeline.
---@class awsjobs.sagemaker.PipelineExperimentConfig
---@field ExperimentName? string The name of the experiment.
---@field TrialName? string The name of the trial.

---A summary of a pipeline.
---@class awsjobs.sagemaker.PipelineSummary
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineName? string The name of the pipeline.
---@field PipelineDisplayName? string The display name of the pipeline.
---@field PipelineDescription? string The description of the pipeline.
---@field RoleArn? string The Amazon Resource Name (ARN) that the pipeline used to execute.
---@field CreationTime? awsjobs.Timestamp The creation time of the pipeline.
---@field LastModifiedTime? awsjobs.Timestamp The time that the pipeline was last modified.
---@field LastExecutionTime? awsjobs.Timestamp The last time that a pipeline execution began.

---The version of the pipeline.
---@class awsjobs.sagemaker.PipelineVersion
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineVersionId? integer The ID of the pipeline version.
---@field PipelineVersionDisplayName? string The display name of the pipeline version.
---@field PipelineVersionDescription? string The description of the pipeline version.
---@field CreationTime? awsjobs.Timestamp The creation time of the pipeline version.
---@field LastModifiedTime? awsjobs.Timestamp The time when the pipeline version was last modified.
---@field CreatedBy? awsjobs.sagemaker.UserContext
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field LastExecutedPipelineExecutionArn? string The Amazon Resource Name (ARN) of the most recent pipeline execution created from this pipeline version.
---@field LastExecutedPipelineExecutionDisplayName? string The display name of the most recent pipeline execution created from this pipeline version.
---@field LastExecutedPipelineExecutionStatus? awsjobs.sagemaker.PipelineExecutionStatus The status of the most recent pipeline execution created from this pipeline version.

---The summary of the pipeline version.
---@class awsjobs.sagemaker.PipelineVersionSummary
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineVersionId? integer The ID of the pipeline version.
---@field CreationTime? awsjobs.Timestamp The creation time of the pipeline version.
---@field PipelineVersionDescription? string The description of the pipeline version.
---@field PipelineVersionDisplayName? string The display name of the pipeline version.
---@field LastExecutionPipelineExecutionArn? string The Amazon Resource Name (ARN) of the most recent pipeline execution created from this pipeline version.

---Specifies how instances should be placed on a specific UltraServer.
---@class awsjobs.sagemaker.PlacementSpecification
---@field UltraServerId? string The unique identifier of the UltraServer where instances should be placed.
---@field InstanceCount integer The number of ML compute instances required to be placed together on the same UltraServer.

---A specification for a predefined metric.
---@class awsjobs.sagemaker.PredefinedMetricSpecification
---@field PredefinedMetricType? string The metric type.

---Configuration for accessing hub content through presigned URLs, including license agreement acceptance and URL validation settings.
---@class awsjobs.sagemaker.PresignedUrlAccessConfig
---@field AcceptEula? boolean Indicates acceptance of the End User License Agreement (EULA) for gated models.
---@field ExpectedS3Url? string The expected S3 URL prefix for validation purposes.

---Priority class configuration.
---@class awsjobs.sagemaker.PriorityClass
---@field Name string Name of the priority class.
---@field Weight integer Weight of the priority class.

---Configuration for the cluster used to run a processing job.
---@class awsjobs.sagemaker.ProcessingClusterConfig
---@field InstanceCount integer The number of ML compute instances to use in the processing job.
---@field InstanceType awsjobs.sagemaker.ProcessingInstanceType The ML compute instance type for the processing job.
---@field VolumeSizeInGB integer The size of the ML storage volume in gigabytes that you want to provision.
---@field VolumeKmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on the storage volume attached to...

---Configuration for processing job outputs in Amazon SageMaker Feature Store.
---@class awsjobs.sagemaker.ProcessingFeatureStoreOutput
---@field FeatureGroupName string The name of the Amazon SageMaker FeatureGroup to use as the destination for processing job output.

---The inputs for a processing job.
---@class awsjobs.sagemaker.ProcessingInput
---@field InputName string The name for the processing job input.
---@field AppManaged? boolean When True, input operations such as data download are managed natively by the processing job application.
---@field S3Input? awsjobs.sagemaker.ProcessingS3Input Configuration for downloading input data from Amazon S3 into the processing container.
---@field DatasetDefinition? awsjobs.sagemaker.DatasetDefinition Configuration for a Dataset Definition input.

---An Amazon SageMaker processing job that is used to analyze data and evaluate models.
---@class awsjobs.sagemaker.ProcessingJob
---@field ProcessingInputs? awsjobs.sagemaker.ProcessingInput[] List of input configurations for the processing job.
---@field ProcessingOutputConfig? awsjobs.sagemaker.ProcessingOutputConfig
---@field ProcessingJobName? string The name of the processing job.
---@field ProcessingResources? awsjobs.sagemaker.ProcessingResources
---@field StoppingCondition? awsjobs.sagemaker.ProcessingStoppingCondition
---@field AppSpecification? awsjobs.sagemaker.AppSpecification
---@field Environment? table<string, string> Sets the environment variables in the Docker container.
---@field NetworkConfig? awsjobs.sagemaker.NetworkConfig
---@field RoleArn? string The ARN of the role used to create the processing job.
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig
---@field ProcessingJobArn? string The ARN of the processing job.
---@field ProcessingJobStatus? awsjobs.sagemaker.ProcessingJobStatus The status of the processing job.
---@field ExitMessage? string A string, up to one KB in size, that contains metadata from the processing container when the processing job exits.
---@field FailureReason? string A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
---@field ProcessingEndTime? awsjobs.Timestamp The time that the processing job ended.
---@field ProcessingStartTime? awsjobs.Timestamp The time that the processing job started.
---@field LastModifiedTime? awsjobs.Timestamp The time the processing job was last modified.
---@field CreationTime? awsjobs.Timestamp The time the processing job was created.
---@field MonitoringScheduleArn? string The ARN of a monitoring schedule for an endpoint associated with this processing job.
---@field AutoMLJobArn? string The Amazon Resource Name (ARN) of the AutoML job associated with this processing job.
---@field TrainingJobArn? string The ARN of the training job associated with this processing job.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---Metadata for a processing job step.
---@class awsjobs.sagemaker.ProcessingJobStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the processing job.

---Summary of information about a processing job.
---@class awsjobs.sagemaker.ProcessingJobSummary
---@field ProcessingJobName string The name of the processing job.
---@field ProcessingJobArn string The Amazon Resource Name (ARN) of the processing job..
---@field CreationTime awsjobs.Timestamp The time at which the processing job was created.
---@field ProcessingEndTime? awsjobs.Timestamp The time at which the processing job completed.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that indicates the last time the processing job was modified.
---@field ProcessingJobStatus awsjobs.sagemaker.ProcessingJobStatus The status of the processing job.
---@field FailureReason? string A string, up to one KB in size, that contains the reason a processing job failed, if it failed.
---@field ExitMessage? string An optional string, up to one KB in size, that contains metadata from the processing container when the processing job exits.

---Describes the results of a processing job.
---@class awsjobs.sagemaker.ProcessingOutput
---@field OutputName string The name for the processing job output.
---@field S3Output? awsjobs.sagemaker.ProcessingS3Output Configuration for processing job outputs in Amazon S3.
---@field FeatureStoreOutput? awsjobs.sagemaker.ProcessingFeatureStoreOutput Configuration for processing job outputs in Amazon SageMaker Feature Store.
---@field AppManaged? boolean When True, output operations such as data upload are managed natively by the processing job application.

---Configuration for uploading output from the processing container.
---@class awsjobs.sagemaker.ProcessingOutputConfig
---@field Outputs awsjobs.sagemaker.ProcessingOutput[] An array of outputs configuring the data to upload from the processing container.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt the processing job output.

---Identifies the resources, ML compute instances, and ML storage volumes to deploy for a processing job.
---@class awsjobs.sagemaker.ProcessingResources
---@field ClusterConfig awsjobs.sagemaker.ProcessingClusterConfig The configuration for the resources in a cluster used to run the processing job.

---Configuration for downloading input data from Amazon S3 into the processing container.
---@class awsjobs.sagemaker.ProcessingS3Input
---@field S3Uri string The URI of the Amazon S3 prefix Amazon SageMaker downloads data required to run a processing job.
---@field LocalPath? string The local path in your container where you want Amazon SageMaker to write input data to.
---@field S3DataType awsjobs.sagemaker.ProcessingS3DataType Whether you use an S3Prefix or a ManifestFile for the data type.
---@field S3InputMode? awsjobs.sagemaker.ProcessingS3InputMode Whether to use File or Pipe input mode.
---@field S3DataDistributionType? awsjobs.sagemaker.ProcessingS3DataDistributionType Whether to distribute the data from Amazon S3 to all processing instances with FullyReplicated, or whether the data from Amazon S3 is sharded by Amazon S3...
---@field S3CompressionType? awsjobs.sagemaker.ProcessingS3CompressionType Whether to GZIP-decompress the data in Amazon S3 as it is streamed into the processing container.

---Configuration for uploading output data to Amazon S3 from the processing container.
---@class awsjobs.sagemaker.ProcessingS3Output
---@field S3Uri string A URI that identifies the Amazon S3 bucket where you want Amazon SageMaker to save the results of a processing job.
---@field LocalPath? string The local path of a directory where you want Amazon SageMaker to upload its contents to Amazon S3.
---@field S3UploadMode awsjobs.sagemaker.ProcessingS3UploadMode Whether to upload the results of the processing job continuously or after the job completes.

---Configures conditions under which the processing job should be stopped, such as how long the processing job has been running.
---@class awsjobs.sagemaker.ProcessingStoppingCondition
---@field MaxRuntimeInSeconds integer Specifies the maximum runtime in seconds.

---Identifies a model that you want to host and the resources chosen to deploy for hosting it.
---@class awsjobs.sagemaker.ProductionVariant
---@field VariantName string The name of the production variant.
---@field ModelName? string The name of the model that you want to host.
---@field InitialInstanceCount? integer Number of instances to launch initially.
---@field InstanceType? awsjobs.sagemaker.ProductionVariantInstanceType The ML compute instance type.
---@field InstancePools? awsjobs.sagemaker.InstancePool[] A list of instance pools for the production variant.
---@field VariantInstanceProvisionTimeoutInSeconds? integer The timeout value, in seconds, for provisioning instances for the production variant.
---@field InitialVariantWeight? number Determines initial traffic distribution among all of the models that you specify in the endpoint configuration.
---@field AcceleratorType? awsjobs.sagemaker.ProductionVariantAcceleratorType This parameter is no longer supported.
---@field CoreDumpConfig? awsjobs.sagemaker.ProductionVariantCoreDumpConfig Specifies configuration for a core dump from the model container when the process crashes.
---@field ServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig The serverless configuration for an endpoint.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume attached to individual inference instance associated with the production variant.
---@field ModelDataDownloadTimeoutInSeconds? integer The timeout value, in seconds, to download and extract the model that you want to host from Amazon S3 to the individual inference instance associated with...
---@field ContainerStartupHealthCheckTimeoutInSeconds? integer The timeout value, in seconds, for your inference container to pass health check by SageMaker Hosting.
---@field EnableSSMAccess? boolean You can use this parameter to turn on native Amazon Web Services Systems Manager (SSM) access for a production variant behind an endpoint.
---@field ManagedInstanceScaling? awsjobs.sagemaker.ProductionVariantManagedInstanceScaling Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
---@field RoutingConfig? awsjobs.sagemaker.ProductionVariantRoutingConfig Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.
---@field InferenceAmiVersion? awsjobs.sagemaker.ProductionVariantInferenceAmiVersion Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.
---@field CapacityReservationConfig? awsjobs.sagemaker.ProductionVariantCapacityReservationConfig Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.

---Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.
---@class awsjobs.sagemaker.ProductionVariantCapacityReservationConfig
---@field CapacityReservationPreference? awsjobs.sagemaker.CapacityReservationPreference Options that you can choose for the capacity reservation.
---@field MlReservationArn? string The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that SageMaker AI applies when it deploys the endpoint.

---Details about an ML capacity reservation.
---@class awsjobs.sagemaker.ProductionVariantCapacityReservationSummary
---@field MlReservationArn? string The Amazon Resource Name (ARN) that uniquely identifies the ML capacity reservation that SageMaker AI applies when it deploys the endpoint.
---@field CapacityReservationPreference? awsjobs.sagemaker.CapacityReservationPreference The option that you chose for the capacity reservation.
---@field TotalInstanceCount? integer The number of instances that you allocated to the ML capacity reservation.
---@field AvailableInstanceCount? integer The number of instances that are currently available in the ML capacity reservation.
---@field UsedByCurrentEndpoint? integer The number of instances from the ML capacity reservation that are being used by the endpoint.
---@field Ec2CapacityReservations? awsjobs.sagemaker.Ec2CapacityReservation[] The EC2 capacity reservations that are shared to this ML capacity reservation, if any.

---Specifies configuration for a core dump from the model container when the process crashes.
---@class awsjobs.sagemaker.ProductionVariantCoreDumpConfig
---@field DestinationS3Uri string The Amazon S3 bucket to send the core dump to.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that SageMaker uses to encrypt the core dump data at rest using Amazon S3...

---Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
---@class awsjobs.sagemaker.ProductionVariantManagedInstanceScaling
---@field Status? awsjobs.sagemaker.ManagedInstanceScalingStatus Indicates whether managed instance scaling is enabled.
---@field MinInstanceCount? integer The minimum number of instances that the endpoint must retain when it scales down to accommodate a decrease in traffic.
---@field MaxInstanceCount? integer The maximum number of instances that the endpoint can provision when it scales up to accommodate an increase in traffic.
---@field ScaleInPolicy? awsjobs.sagemaker.ProductionVariantManagedInstanceScalingScaleInPolicy Configures the scale-in behavior for managed instance scaling.

---Configures the scale-in behavior for managed instance scaling.
---@class awsjobs.sagemaker.ProductionVariantManagedInstanceScalingScaleInPolicy
---@field Strategy awsjobs.sagemaker.ManagedInstanceScalingScaleInStrategy The strategy for scaling in instances.
---@field MaximumStepSize? integer The maximum number of instances that the endpoint can terminate at a time during a consolidation scale-in operation.
---@field CooldownInMinutes? integer The cooldown period, in minutes, after the last endpoint operation before the endpoint evaluates consolidation scale-in opportunities.

---Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.
---@class awsjobs.sagemaker.ProductionVariantRoutingConfig
---@field RoutingStrategy awsjobs.sagemaker.RoutingStrategy Sets how the endpoint routes incoming traffic:

---Specifies the serverless configuration for an endpoint variant.
---@class awsjobs.sagemaker.ProductionVariantServerlessConfig
---@field MemorySizeInMB integer The memory size of your serverless endpoint.
---@field MaxConcurrency integer The maximum number of concurrent invocations your serverless endpoint can process.
---@field ProvisionedConcurrency? integer The amount of provisioned concurrency to allocate for the serverless endpoint.

---Specifies the serverless update concurrency configuration for an endpoint variant.
---@class awsjobs.sagemaker.ProductionVariantServerlessUpdateConfig
---@field MaxConcurrency? integer The updated maximum number of concurrent invocations your serverless endpoint can process.
---@field ProvisionedConcurrency? integer The updated amount of provisioned concurrency to allocate for the serverless endpoint.

---Describes the status of the production variant.
---@class awsjobs.sagemaker.ProductionVariantStatus
---@field Status awsjobs.sagemaker.VariantStatus The endpoint variant status which describes the current deployment stage status or operational status.
---@field StatusMessage? string A message that describes the status of the production variant.
---@field StartTime? awsjobs.Timestamp The start time of the current status change.

---Describes weight and capacities for a production variant associated with an endpoint.
---@class awsjobs.sagemaker.ProductionVariantSummary
---@field VariantName string The name of the variant.
---@field DeployedImages? awsjobs.sagemaker.DeployedImage[] An array of DeployedImage objects that specify the Amazon EC2 Container Registry paths of the inference images deployed on instances of this ProductionVariant.
---@field CurrentWeight? number The weight associated with the variant.
---@field DesiredWeight? number The requested weight, as specified in the UpdateEndpointWeightsAndCapacities request.
---@field CurrentInstanceCount? integer The number of instances associated with the variant.
---@field DesiredInstanceCount? integer The number of instances requested in the UpdateEndpointWeightsAndCapacities request.
---@field InstancePools? awsjobs.sagemaker.InstancePoolSummary[] A list of instance pools for the production variant.
---@field VariantStatus? awsjobs.sagemaker.ProductionVariantStatus[] The endpoint variant status which describes the current deployment stage status or operational status.
---@field CurrentServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig The serverless configuration for the endpoint.
---@field DesiredServerlessConfig? awsjobs.sagemaker.ProductionVariantServerlessConfig The serverless configuration requested for the endpoint update.
---@field ManagedInstanceScaling? awsjobs.sagemaker.ProductionVariantManagedInstanceScaling Settings that control the range in the number of instances that the endpoint provisions as it scales up or down to accommodate traffic.
---@field RoutingConfig? awsjobs.sagemaker.ProductionVariantRoutingConfig Settings that control how the endpoint routes incoming traffic to the instances that the endpoint hosts.
---@field CapacityReservationConfig? awsjobs.sagemaker.ProductionVariantCapacityReservationSummary Settings for the capacity reservation for the compute instances that SageMaker AI reserves for an endpoint.

---Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling, and storage paths.
---@class awsjobs.sagemaker.ProfilerConfig
---@field S3OutputPath? string Path to Amazon S3 storage location for system and framework metrics.
---@field ProfilingIntervalInMilliseconds? integer A time interval for capturing system metrics in milliseconds.
---@field ProfilingParameters? table<string, string> Configuration information for capturing framework metrics.
---@field DisableProfiler? boolean Configuration to turn off Amazon SageMaker Debugger's system monitoring and profiling functionality.

---Configuration information for updating the Amazon SageMaker Debugger profile parameters, system and framework metrics configurations, and storage paths.
---@class awsjobs.sagemaker.ProfilerConfigForUpdate
---@field S3OutputPath? string Path to Amazon S3 storage location for system and framework metrics.
---@field ProfilingIntervalInMilliseconds? integer A time interval for capturing system metrics in milliseconds.
---@field ProfilingParameters? table<string, string> Configuration information for capturing framework metrics.
---@field DisableProfiler? boolean To turn off Amazon SageMaker Debugger monitoring and profiling while a training job is in progress, set to True.

---Configuration information for profiling rules.
---@class awsjobs.sagemaker.ProfilerRuleConfiguration
---@field RuleConfigurationName string The name of the rule configuration.
---@field LocalPath? string Path to local storage location for output of rules.
---@field S3OutputPath? string Path to Amazon S3 storage location for rules.
---@field RuleEvaluatorImage string The Amazon Elastic Container Registry Image for the managed rule evaluation.
---@field InstanceType? awsjobs.sagemaker.ProcessingInstanceType The instance type to deploy a custom rule for profiling a training job.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume attached to the processing instance.
---@field RuleParameters? table<string, string> Runtime configuration for rule container.

---Information about the status of the rule evaluation.
---@class awsjobs.sagemaker.ProfilerRuleEvaluationStatus
---@field RuleConfigurationName? string The name of the rule configuration.
---@field RuleEvaluationJobArn? string The Amazon Resource Name (ARN) of the rule evaluation job.
---@field RuleEvaluationStatus? awsjobs.sagemaker.RuleEvaluationStatus Status of the rule evaluation.
---@field StatusDetails? string Details from the rule evaluation.
---@field LastModifiedTime? awsjobs.Timestamp Timestamp when the rule evaluation status was last modified.

---The properties of a project as returned by the Search API.
---@class awsjobs.sagemaker.Project
---@field ProjectArn? string The Amazon Resource Name (ARN) of the project.
---@field ProjectName? string The name of the project.
---@field ProjectId? string The ID of the project.
---@field ProjectDescription? string The description of the project.
---@field ServiceCatalogProvisioningDetails? awsjobs.sagemaker.ServiceCatalogProvisioningDetails
---@field ServiceCatalogProvisionedProductDetails? awsjobs.sagemaker.ServiceCatalogProvisionedProductDetails
---@field ProjectStatus? awsjobs.sagemaker.ProjectStatus The status of the project.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the project.
---@field CreationTime? awsjobs.Timestamp A timestamp specifying when the project was created.
---@field TemplateProviderDetails? awsjobs.sagemaker.TemplateProviderDetail[] An array of template providers associated with the project.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp container for when the project was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext

---Information about a project.
---@class awsjobs.sagemaker.ProjectSummary
---@field ProjectName string The name of the project.
---@field ProjectDescription? string The description of the project.
---@field ProjectArn string The Amazon Resource Name (ARN) of the project.
---@field ProjectId string The ID of the project.
---@field CreationTime awsjobs.Timestamp The time that the project was created.
---@field ProjectStatus awsjobs.sagemaker.ProjectStatus The status of the project.

---Part of the SuggestionQuery type.
---@class awsjobs.sagemaker.PropertyNameQuery
---@field PropertyNameHint string Text that begins a property's name.

---A property name returned from a GetSearchSuggestions call that specifies a value in the PropertyNameQuery field.
---@class awsjobs.sagemaker.PropertyNameSuggestion
---@field PropertyName? string A suggested property name based on what you entered in the search textbox in the SageMaker console.

---A key value pair used when you provision a project as a service catalog product.
---@class awsjobs.sagemaker.ProvisioningParameter
---@field Key? string The key that identifies a provisioning parameter.
---@field Value? string The value of the provisioning parameter.

---Defines the amount of money paid to an Amazon Mechanical Turk worker for each task performed.
---@class awsjobs.sagemaker.PublicWorkforceTaskPrice
---@field AmountInUsd? awsjobs.sagemaker.USD Defines the amount of money paid to an Amazon Mechanical Turk worker in United States dollars.

---@class awsjobs.sagemaker.PutModelPackageGroupPolicyInput
---@field ModelPackageGroupName string The name of the model group to add a resource policy to.
---@field ResourcePolicy string The resource policy for the model group.

---@class awsjobs.sagemaker.PutModelPackageGroupPolicyOutput
---@field ModelPackageGroupArn string The Amazon Resource Name (ARN) of the model package group.

---Container for the metadata for a Quality check step.
---@class awsjobs.sagemaker.QualityCheckStepMetadata
---@field CheckType? string The type of the Quality check step.
---@field BaselineUsedForDriftCheckStatistics? string The Amazon S3 URI of the baseline statistics file used for the drift check.
---@field BaselineUsedForDriftCheckConstraints? string The Amazon S3 URI of the baseline constraints file used for the drift check.
---@field CalculatedBaselineStatistics? string The Amazon S3 URI of the newly calculated baseline statistics file.
---@field CalculatedBaselineConstraints? string The Amazon S3 URI of the newly calculated baseline constraints file.
---@field ModelPackageGroupName? string The model package group name.
---@field ViolationReport? string The Amazon S3 URI of violation report if violations are detected.
---@field CheckJobArn? string The Amazon Resource Name (ARN) of the Quality check processing job that was run by this step execution.
---@field SkipCheck? boolean This flag indicates if the drift check against the previous baseline will be skipped or not.
---@field RegisterNewBaseline? boolean This flag indicates if a newly calculated baseline can be accessed through step properties BaselineUsedForDriftCheckConstraints and...

---A set of filters to narrow the set of lineage entities connected to the StartArn(s) returned by the QueryLineage API action.
---@class awsjobs.sagemaker.QueryFilters
---@field Types? string[] Filter the lineage entities connected to the StartArn by type.
---@field LineageTypes? awsjobs.sagemaker.LineageType[] Filter the lineage entities connected to the StartArn(s) by the type of the lineage entity.
---@field CreatedBefore? awsjobs.Timestamp Filter the lineage entities connected to the StartArn(s) by created date.
---@field CreatedAfter? awsjobs.Timestamp Filter the lineage entities connected to the StartArn(s) after the create date.
---@field ModifiedBefore? awsjobs.Timestamp Filter the lineage entities connected to the StartArn(s) before the last modified date.
---@field ModifiedAfter? awsjobs.Timestamp Filter the lineage entities connected to the StartArn(s) after the last modified date.
---@field Properties? table<string, string> Filter the lineage entities connected to the StartArn(s) by a set if property key value pairs.

---@class awsjobs.sagemaker.QueryLineageRequest
---@field StartArns? string[] A list of resource Amazon Resource Name (ARN) that represent the starting point for your lineage query.
---@field Direction? awsjobs.sagemaker.Direction Associations between lineage entities have a direction.
---@field IncludeEdges? boolean Setting this value to True retrieves not only the entities of interest but also the Associations and lineage entities on the path.
---@field Filters? awsjobs.sagemaker.QueryFilters A set of filtering parameters that allow you to specify which entities should be returned.
---@field MaxDepth? integer The maximum depth in lineage relationships from the StartArns that are traversed.
---@field MaxResults? integer Limits the number of vertices in the results.
---@field NextToken? string Limits the number of vertices in the request.

---@class awsjobs.sagemaker.QueryLineageResponse
---@field Vertices? awsjobs.sagemaker.Vertex[] A list of vertices connected to the start entity(ies) in the lineage graph.
---@field Edges? awsjobs.sagemaker.Edge[] A list of edges that connect vertices in the response.
---@field NextToken? string Limits the number of vertices in the response.

---A collection of settings that apply to an RSessionGateway app.
---@class awsjobs.sagemaker.RSessionAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field CustomImages? awsjobs.sagemaker.CustomImage[] A list of custom SageMaker AI images that are configured to run as a RSession app.

---A collection of settings that configure user interaction with the RStudioServerPro app.
---@class awsjobs.sagemaker.RStudioServerProAppSettings
---@field AccessStatus? awsjobs.sagemaker.RStudioServerProAccessStatus Indicates whether the current user has access to the RStudioServerPro app.
---@field UserGroup? awsjobs.sagemaker.RStudioServerProUserGroup The level of permissions that the user has within the RStudioServerPro app.

---A collection of settings that configure the RStudioServerPro Domain-level app.
---@class awsjobs.sagemaker.RStudioServerProDomainSettings
---@field DomainExecutionRoleArn string The ARN of the execution role for the RStudioServerPro Domain-level app.
---@field RStudioConnectUrl? string A URL pointing to an RStudio Connect server.
---@field RStudioPackageManagerUrl? string A URL pointing to an RStudio Package Manager server.
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec

---A collection of settings that update the current configuration for the RStudioServerPro Domain-level app.
---@class awsjobs.sagemaker.RStudioServerProDomainSettingsForUpdate
---@field DomainExecutionRoleArn string The execution role for the RStudioServerPro Domain-level app.
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field RStudioConnectUrl? string A URL pointing to an RStudio Connect server.
---@field RStudioPackageManagerUrl? string A URL pointing to an RStudio Package Manager server.

---The infrastructure configuration for deploying the model to a real-time inference endpoint.
---@class awsjobs.sagemaker.RealTimeInferenceConfig
---@field InstanceType awsjobs.sagemaker.ProductionVariantInstanceType The instance type the model is deployed to.
---@field InstanceCount integer The number of instances of the type specified by InstanceType.

---The recommended configuration to use for Real-Time Inference.
---@class awsjobs.sagemaker.RealTimeInferenceRecommendation
---@field RecommendationId string The recommendation ID which uniquely identifies each recommendation.
---@field InstanceType awsjobs.sagemaker.ProductionVariantInstanceType The recommended instance type for Real-Time Inference.
---@field Environment? table<string, string> The recommended environment variables to set in the model container for Real-Time Inference.

---Provides information about the output configuration for the compiled model.
---@class awsjobs.sagemaker.RecommendationJobCompiledOutputConfig
---@field S3OutputUri? string Identifies the Amazon S3 bucket where you want SageMaker to store the compiled model artifacts.

---Specifies mandatory fields for running an Inference Recommender job directly in the CreateInferenceRecommendationsJob API.
---@class awsjobs.sagemaker.RecommendationJobContainerConfig
---@field Domain? string The machine learning domain of the model and its components.
---@field Task? string The machine learning task that the model accomplishes.
---@field Framework? string The machine learning framework of the container image.
---@field FrameworkVersion? string The framework version of the container image.
---@field PayloadConfig? awsjobs.sagemaker.RecommendationJobPayloadConfig Specifies the SamplePayloadUrl and all other sample payload-related fields.
---@field NearestModelName? string The name of a pre-trained machine learning model benchmarked by Amazon SageMaker Inference Recommender that matches your model.
---@field SupportedInstanceTypes? string[] A list of the instance types that are used to generate inferences in real-time.
---@field SupportedEndpointType? awsjobs.sagemaker.RecommendationJobSupportedEndpointType The endpoint type to receive recommendations for.
---@field DataInputConfig? string Specifies the name and shape of the expected data inputs for your trained model with a JSON dictionary form.
---@field SupportedResponseMIMETypes? string[] The supported MIME types for the output data.

---The details for a specific benchmark from an Inference Recommender job.
---@class awsjobs.sagemaker.RecommendationJobInferenceBenchmark
---@field Metrics? awsjobs.sagemaker.RecommendationMetrics
---@field EndpointMetrics? awsjobs.sagemaker.InferenceMetrics
---@field EndpointConfiguration? awsjobs.sagemaker.EndpointOutputConfiguration
---@field ModelConfiguration awsjobs.sagemaker.ModelConfiguration
---@field FailureReason? string The reason why a benchmark failed.
---@field InvocationEndTime? awsjobs.Timestamp A timestamp that shows when the benchmark completed.
---@field InvocationStartTime? awsjobs.Timestamp A timestamp that shows when the benchmark started.

---The input configuration of the recommendation job.
---@class awsjobs.sagemaker.RecommendationJobInputConfig
---@field ModelPackageVersionArn? string The Amazon Resource Name (ARN) of a versioned model package.
---@field ModelName? string The name of the created model.
---@field JobDurationInSeconds? integer Specifies the maximum duration of the job, in seconds.
---@field TrafficPattern? awsjobs.sagemaker.TrafficPattern Specifies the traffic pattern of the job.
---@field ResourceLimit? awsjobs.sagemaker.RecommendationJobResourceLimit Defines the resource limit of the job.
---@field EndpointConfigurations? awsjobs.sagemaker.EndpointInputConfiguration[] Specifies the endpoint configuration to use for a job.
---@field VolumeKmsKeyId? string The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data on...
---@field ContainerConfig? awsjobs.sagemaker.RecommendationJobContainerConfig Specifies mandatory fields for running an Inference Recommender job.
---@field Endpoints? awsjobs.sagemaker.EndpointInfo[] Existing customer endpoints on which to run an Inference Recommender job.
---@field VpcConfig? awsjobs.sagemaker.RecommendationJobVpcConfig Inference Recommender provisions SageMaker endpoints with access to VPC in the inference recommendation job.

---Provides information about the output configuration for the compiled model.
---@class awsjobs.sagemaker.RecommendationJobOutputConfig
---@field KmsKeyId? string The Amazon Resource Name (ARN) of a Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt your...
---@field CompiledOutputConfig? awsjobs.sagemaker.RecommendationJobCompiledOutputConfig Provides information about the output configuration for the compiled model.

---The configuration for the payload for a recommendation job.
---@class awsjobs.sagemaker.RecommendationJobPayloadConfig
---@field SamplePayloadUrl? string The Amazon Simple Storage Service (Amazon S3) path where the sample payload is stored.
---@field SupportedContentTypes? string[] The supported MIME types for the input data.

---Specifies the maximum number of jobs that can run in parallel and the maximum number of jobs that can run.
---@class awsjobs.sagemaker.RecommendationJobResourceLimit
---@field MaxNumberOfTests? integer Defines the maximum number of load tests.
---@field MaxParallelOfTests? integer Defines the maximum number of parallel load tests.

---Specifies conditions for stopping a job.
---@class awsjobs.sagemaker.RecommendationJobStoppingConditions
---@field MaxInvocations? integer The maximum number of requests per minute expected for the endpoint.
---@field ModelLatencyThresholds? awsjobs.sagemaker.ModelLatencyThreshold[] The interval of time taken by a model to respond as viewed from SageMaker.
---@field FlatInvocations? awsjobs.sagemaker.FlatInvocations Stops a load test when the number of invocations (TPS) peaks and flattens, which means that the instance has reached capacity.

---Inference Recommender provisions SageMaker endpoints with access to VPC in the inference recommendation job.
---@class awsjobs.sagemaker.RecommendationJobVpcConfig
---@field SecurityGroupIds string[] The VPC security group IDs.
---@field Subnets string[] The ID of the subnets in the VPC to which you want to connect your model.

---The metrics of recommendations.
---@class awsjobs.sagemaker.RecommendationMetrics
---@field CostPerHour? number Defines the cost per hour for the instance.
---@field CostPerInference? number Defines the cost per inference for the instance .
---@field MaxInvocations? integer The expected maximum number of requests per minute for the instance.
---@field ModelLatency? integer The expected model latency at maximum invocation per minute for the instance.
---@field CpuUtilization? number The expected CPU utilization at maximum invocations per minute for the instance.
---@field MemoryUtilization? number The expected memory utilization at maximum invocations per minute for the instance.
---@field ModelSetupTime? integer The time it takes to launch new compute resources for a serverless endpoint.

---Configuration for Redshift Dataset Definition input.
---@class awsjobs.sagemaker.RedshiftDatasetDefinition
---@field ClusterId string
---@field Database string
---@field DbUser string
---@field QueryString string
---@field ClusterRoleArn string The IAM role attached to your Redshift cluster that Amazon SageMaker uses to generate datasets.
---@field OutputS3Uri string The location in Amazon S3 where the Redshift query results are stored.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt data from a Redshift execution.
---@field OutputFormat awsjobs.sagemaker.RedshiftResultFormat
---@field OutputCompression? awsjobs.sagemaker.RedshiftResultCompressionType

---@class awsjobs.sagemaker.RegisterDevicesRequest
---@field DeviceFleetName string The name of the fleet.
---@field Devices awsjobs.sagemaker.Device[] A list of devices to register with SageMaker Edge Manager.
---@field Tags? awsjobs.sagemaker.Tag[] The tags associated with devices.

---Metadata for a register model job step.
---@class awsjobs.sagemaker.RegisterModelStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the model package.

---Configuration for remote debugging for the CreateTrainingJob API.
---@class awsjobs.sagemaker.RemoteDebugConfig
---@field EnableRemoteDebug? boolean If set to True, enables remote debugging.

---Configuration for remote debugging for the UpdateTrainingJob API.
---@class awsjobs.sagemaker.RemoteDebugConfigForUpdate
---@field EnableRemoteDebug? boolean If set to True, enables remote debugging.

---@class awsjobs.sagemaker.RenderUiTemplateRequest
---@field UiTemplate? awsjobs.sagemaker.UiTemplate A Template object containing the worker UI template to render.
---@field Task awsjobs.sagemaker.RenderableTask A RenderableTask object containing a representative task to render.
---@field RoleArn string The Amazon Resource Name (ARN) that has access to the S3 objects that are used by the template.
---@field HumanTaskUiArn? string The HumanTaskUiArn of the worker UI that you want to render.

---@class awsjobs.sagemaker.RenderUiTemplateResponse
---@field RenderedContent string A Liquid template that renders the HTML for the worker UI.
---@field Errors awsjobs.sagemaker.RenderingError[] A list of one or more RenderingError objects if any were encountered while rendering the template.

---Contains input values for a task.
---@class awsjobs.sagemaker.RenderableTask
---@field Input string A JSON object that contains values for the variables defined in the template.

---A description of an error that occurred while rendering the template.
---@class awsjobs.sagemaker.RenderingError
---@field Code string A unique identifier for a specific class of errors.
---@field Message string A human-readable message describing the error.

---Specifies an authentication configuration for the private docker registry where your model image is hosted.
---@class awsjobs.sagemaker.RepositoryAuthConfig
---@field RepositoryCredentialsProviderArn string The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function that provides credentials to authenticate to the private Docker registry where your...

---Details about a reserved capacity offering for a training plan offering.
---@class awsjobs.sagemaker.ReservedCapacityOffering
---@field ReservedCapacityType? awsjobs.sagemaker.ReservedCapacityType The type of reserved capacity offering.
---@field UltraServerType? string The type of UltraServer included in this reserved capacity offering, such as ml.u-p6e-gb200x72.
---@field UltraServerCount? integer The number of UltraServers included in this reserved capacity offering.
---@field InstanceType awsjobs.sagemaker.ReservedCapacityInstanceType The instance type for the reserved capacity offering.
---@field InstanceCount integer The number of instances in the reserved capacity offering.
---@field AvailabilityZone? string The availability zone for the reserved capacity offering.
---@field DurationHours? integer The number of whole hours in the total duration for this reserved capacity offering.
---@field DurationMinutes? integer The additional minutes beyond whole hours in the total duration for this reserved capacity offering.
---@field StartTime? awsjobs.Timestamp The start time of the reserved capacity offering.
---@field EndTime? awsjobs.Timestamp The end time of the reserved capacity offering.
---@field ExtensionStartTime? awsjobs.Timestamp The start time of the extension for the reserved capacity offering.
---@field ExtensionEndTime? awsjobs.Timestamp The end time of the extension for the reserved capacity offering.

---Details of a reserved capacity for the training plan.
---@class awsjobs.sagemaker.ReservedCapacitySummary
---@field ReservedCapacityArn string The Amazon Resource Name (ARN); of the reserved capacity.
---@field ReservedCapacityType? awsjobs.sagemaker.ReservedCapacityType The type of reserved capacity.
---@field UltraServerType? string The type of UltraServer included in this reserved capacity, such as ml.u-p6e-gb200x72.
---@field UltraServerCount? integer The number of UltraServers included in this reserved capacity.
---@field InstanceType awsjobs.sagemaker.ReservedCapacityInstanceType The instance type for the reserved capacity.
---@field TotalInstanceCount integer The total number of instances in the reserved capacity.
---@field Status awsjobs.sagemaker.ReservedCapacityStatus The current status of the reserved capacity.
---@field AvailabilityZone? string The availability zone for the reserved capacity.
---@field DurationHours? integer The number of whole hours in the total duration for this reserved capacity.
---@field DurationMinutes? integer The additional minutes beyond whole hours in the total duration for this reserved capacity.
---@field StartTime? awsjobs.Timestamp The start time of the reserved capacity.
---@field EndTime? awsjobs.Timestamp The end time of the reserved capacity.

---The resolved attributes.
---@class awsjobs.sagemaker.ResolvedAttributes
---@field AutoMLJobObjective? awsjobs.sagemaker.AutoMLJobObjective
---@field ProblemType? awsjobs.sagemaker.ProblemType The problem type.
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria

---A resource catalog containing all of the resources of a specific resource type within a resource owner account.
---@class awsjobs.sagemaker.ResourceCatalog
---@field ResourceCatalogArn string The Amazon Resource Name (ARN) of the ResourceCatalog.
---@field ResourceCatalogName string The name of the ResourceCatalog.
---@field Description string A free form description of the ResourceCatalog.
---@field CreationTime awsjobs.Timestamp The time the ResourceCatalog was created.

---Describes the resources, including machine learning (ML) compute instances and ML storage volumes, to use for model training.
---@class awsjobs.sagemaker.ResourceConfig
---@field InstanceType? awsjobs.sagemaker.TrainingInstanceType The ML compute instance type.
---@field InstanceCount? integer The number of ML compute instances to use.
---@field VolumeSizeInGB? integer The size of the ML storage volume that you want to provision.
---@field VolumeKmsKeyId? string The Amazon Web Services KMS key that SageMaker uses to encrypt data on the storage volume attached to the ML compute instance(s) that run the training job.
---@field KeepAlivePeriodInSeconds? integer The duration of time in seconds to retain configured resources in a warm pool for subsequent training jobs.
---@field InstanceGroups? awsjobs.sagemaker.InstanceGroup[] The configuration of a heterogeneous cluster in JSON format.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of the training plan to use for this resource configuration.
---@field InstancePlacementConfig? awsjobs.sagemaker.InstancePlacementConfig Configuration for how training job instances are placed and allocated within UltraServers.

---The ResourceConfig to update KeepAlivePeriodInSeconds.
---@class awsjobs.sagemaker.ResourceConfigForUpdate
---@field KeepAlivePeriodInSeconds integer The KeepAlivePeriodInSeconds value specified in the ResourceConfig to update.

---Resource being accessed is in use.
---(The members of `err.data` when `err.code` is ResourceInUse.)
---@class awsjobs.sagemaker.ResourceInUse
---@field Message? string

---You have exceeded an SageMaker resource limit.
---(The members of `err.data` when `err.code` is ResourceLimitExceeded.)
---@class awsjobs.sagemaker.ResourceLimitExceeded
---@field Message? string

---Specifies the maximum number of training jobs and parallel training jobs that a hyperparameter tuning job can launch.
---@class awsjobs.sagemaker.ResourceLimits
---@field MaxNumberOfTrainingJobs? integer The maximum number of training jobs that a hyperparameter tuning job can launch.
---@field MaxParallelTrainingJobs integer The maximum number of concurrent training jobs that a hyperparameter tuning job can launch.
---@field MaxRuntimeInSeconds? integer The maximum time in seconds that a hyperparameter tuning job can run.

---Resource being access is not found.
---(The members of `err.data` when `err.code` is ResourceNotFound.)
---@class awsjobs.sagemaker.ResourceNotFound
---@field Message? string

---Resource sharing configuration.
---@class awsjobs.sagemaker.ResourceSharingConfig
---@field Strategy awsjobs.sagemaker.ResourceSharingStrategy The strategy of how idle compute is shared within the cluster.
---@field BorrowLimit? integer The limit on how much idle compute can be borrowed.The values can be 1 - 500 percent of idle compute that the team is allowed to borrow.
---@field AbsoluteBorrowLimits? awsjobs.sagemaker.ComputeQuotaResourceConfig[] The absolute limits on compute resources that can be borrowed from idle compute.

---Specifies the ARN's of a SageMaker AI image and SageMaker AI image version, and the instance type that the version runs on.
---@class awsjobs.sagemaker.ResourceSpec
---@field SageMakerImageArn? string The ARN of the SageMaker AI image that the image version belongs to.
---@field SageMakerImageVersionArn? string The ARN of the image version created on the instance.
---@field SageMakerImageVersionAlias? string The SageMakerImageVersionAlias of the image to launch with.
---@field InstanceType? awsjobs.sagemaker.AppInstanceType The instance type that the image version runs on.
---@field LifecycleConfigArn? string The Amazon Resource Name (ARN) of the Lifecycle Configuration attached to the Resource.
---@field TrainingPlanArn? string The ARN of the SageMaker AI Training Plan to use for this app.

---The retention policy for data stored on an Amazon Elastic File System volume.
---@class awsjobs.sagemaker.RetentionPolicy
---@field HomeEfsFileSystem? awsjobs.sagemaker.RetentionType The default is Retain, which specifies to keep the data stored on the Amazon EFS volume.

---@class awsjobs.sagemaker.RetryPipelineExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.
---@field ClientRequestToken string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration This configuration, if specified, overrides the parallelism configuration of the parent pipeline.

---@class awsjobs.sagemaker.RetryPipelineExecutionResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---The retry strategy to use when a training job fails due to an InternalServerError.
---@class awsjobs.sagemaker.RetryStrategy
---@field MaximumRetryAttempts integer The number of times to retry the job.

---Defines the mapping between an in-app role and the Amazon Web Services IAM Identity Center group patterns that should be assigned to that role within the SageMaker Partner AI App.
---@class awsjobs.sagemaker.RoleGroupAssignment
---@field RoleName string The name of the in-app role within the SageMaker Partner AI App.
---@field GroupPatterns string[] A list of Amazon Web Services IAM Identity Center group patterns that should be assigned to the specified role.

---The configurations that SageMaker uses when updating the AMI versions.
---@class awsjobs.sagemaker.RollingDeploymentPolicy
---@field MaximumBatchSize awsjobs.sagemaker.CapacitySizeConfig The maximum amount of instances in the cluster that SageMaker can update at a time.
---@field RollbackMaximumBatchSize? awsjobs.sagemaker.CapacitySizeConfig The maximum amount of instances in the cluster that SageMaker can roll back at a time.

---Specifies a rolling deployment strategy for updating a SageMaker endpoint.
---@class awsjobs.sagemaker.RollingUpdatePolicy
---@field MaximumBatchSize awsjobs.sagemaker.CapacitySize Batch size for each rolling step to provision capacity and turn on traffic on the new endpoint fleet, and terminate capacity on the old endpoint fleet.
---@field WaitIntervalInSeconds integer The length of the baking period, during which SageMaker monitors alarms for each batch on the new fleet.
---@field MaximumExecutionTimeoutInSeconds? integer The time limit for the total deployment.
---@field RollbackMaximumBatchSize? awsjobs.sagemaker.CapacitySize Batch size for rollback to the old endpoint fleet.

---Describes the S3 data source.
---@class awsjobs.sagemaker.S3DataSource
---@field S3DataType awsjobs.sagemaker.S3DataType If you choose S3Prefix, S3Uri identifies a key name prefix.
---@field S3Uri string Depending on the value specified for the S3DataType, identifies either a key name prefix or a manifest.
---@field S3DataDistributionType? awsjobs.sagemaker.S3DataDistribution If you want SageMaker to replicate the entire dataset on each ML compute instance that is launched for model training, specify FullyReplicated.
---@field AttributeNames? string[] A list of one or more attribute names to use that are found in a specified augmented manifest file.
---@field InstanceGroupNames? string[] A list of names of instance groups that get data from the S3 data source.
---@field ModelAccessConfig? awsjobs.sagemaker.ModelAccessConfig
---@field HubAccessConfig? awsjobs.sagemaker.HubAccessConfig The configuration for a private hub model reference that points to a SageMaker JumpStart public hub model.

---A custom file system in Amazon S3.
---@class awsjobs.sagemaker.S3FileSystem
---@field S3Uri string The Amazon S3 URI that specifies the location in S3 where files are stored, which is mounted within the Studio environment.

---Configuration for the custom Amazon S3 file system.
---@class awsjobs.sagemaker.S3FileSystemConfig
---@field MountPath? string The file system path where the Amazon S3 storage location will be mounted within the Amazon SageMaker Studio environment.
---@field S3Uri string The Amazon S3 URI of the S3 file system configuration.

---Specifies the S3 location of ML model data to deploy.
---@class awsjobs.sagemaker.S3ModelDataSource
---@field S3Uri string Specifies the S3 path of ML model data to deploy.
---@field S3DataType awsjobs.sagemaker.S3ModelDataType Specifies the type of ML model data to deploy.
---@field CompressionType awsjobs.sagemaker.ModelCompressionType Specifies how the ML model data is prepared.
---@field ModelAccessConfig? awsjobs.sagemaker.ModelAccessConfig Specifies the access configuration file for the ML model.
---@field HubAccessConfig? awsjobs.sagemaker.InferenceHubAccessConfig Configuration information for hub access.
---@field ManifestS3Uri? string The Amazon S3 URI of the manifest file.
---@field ETag? string The ETag associated with S3 URI.
---@field ManifestEtag? string The ETag associated with Manifest S3 URI.

---This object defines the access restrictions to Amazon S3 resources that are included in custom worker task templates using the Liquid filter, grant_read_access.
---@class awsjobs.sagemaker.S3Presign
---@field IamPolicyConstraints? awsjobs.sagemaker.IamPolicyConstraints Use this parameter to specify the allowed request source.

---The Amazon Simple Storage (Amazon S3) location and security configuration for OfflineStore.
---@class awsjobs.sagemaker.S3StorageConfig
---@field S3Uri string The S3 URI, or location in Amazon S3, of OfflineStore.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (KMS) key ARN of the key used to encrypt any objects written into the OfflineStore S3 location.
---@field ResolvedOutputS3Uri? string The S3 path where offline records are written.

---An object containing a recommended scaling policy.
---@class awsjobs.sagemaker.ScalingPolicy
---@field TargetTracking? awsjobs.sagemaker.TargetTrackingScalingPolicyConfiguration A target tracking scaling policy.

---The metric for a scaling policy.
---@class awsjobs.sagemaker.ScalingPolicyMetric
---@field InvocationsPerInstance? integer The number of invocations sent to a model, normalized by InstanceCount in each ProductionVariant. 1/numberOfInstances is sent as the value on each request,...
---@field ModelLatency? integer The interval of time taken by a model to respond as viewed from SageMaker.

---An object where you specify the anticipated traffic pattern for an endpoint.
---@class awsjobs.sagemaker.ScalingPolicyObjective
---@field MinInvocationsPerMinute? integer The minimum number of expected requests to your endpoint per minute.
---@field MaxInvocationsPerMinute? integer The maximum number of expected requests to your endpoint per minute.

---Configuration details about the monitoring schedule.
---@class awsjobs.sagemaker.ScheduleConfig
---@field ScheduleExpression string A cron expression that describes details about the monitoring schedule.
---@field DataAnalysisStartTime? string Sets the start time for a monitoring job window.
---@field DataAnalysisEndTime? string Sets the end time for a monitoring job window.

---The configuration object of the schedule that SageMaker follows when updating the AMI.
---@class awsjobs.sagemaker.ScheduledUpdateConfig
---@field ScheduleExpression string A cron expression that specifies the schedule that SageMaker follows when updating the AMI.
---@field DeploymentConfig? awsjobs.sagemaker.DeploymentConfiguration The configuration to use when updating the AMI versions.

---Cluster policy configuration.
---@class awsjobs.sagemaker.SchedulerConfig
---@field PriorityClasses? awsjobs.sagemaker.PriorityClass[] List of the priority classes, PriorityClass, of the cluster policy.
---@field FairShare? awsjobs.sagemaker.FairShare When enabled, entities borrow idle compute based on their assigned FairShareWeight.
---@field IdleResourceSharing? awsjobs.sagemaker.IdleResourceSharing Configuration for sharing idle compute resources across entities in the cluster.

---A multi-expression that searches for the specified resource or resources in a search.
---@class awsjobs.sagemaker.SearchExpression
---@field Filters? awsjobs.sagemaker.Filter[] A list of filter objects.
---@field NestedFilters? awsjobs.sagemaker.NestedFilters[] A list of nested filter objects.
---@field SubExpressions? awsjobs.sagemaker.SearchExpression[] A list of search expression objects.
---@field Operator? awsjobs.sagemaker.BooleanOperator A Boolean operator used to evaluate the search expression.

---A single resource returned as part of the Search API response.
---@class awsjobs.sagemaker.SearchRecord
---@field TrainingJob? awsjobs.sagemaker.TrainingJob The properties of a training job.
---@field Experiment? awsjobs.sagemaker.Experiment The properties of an experiment.
---@field Trial? awsjobs.sagemaker.Trial The properties of a trial.
---@field TrialComponent? awsjobs.sagemaker.TrialComponent The properties of a trial component.
---@field Endpoint? awsjobs.sagemaker.Endpoint
---@field ModelPackage? awsjobs.sagemaker.ModelPackage
---@field ModelPackageGroup? awsjobs.sagemaker.ModelPackageGroup
---@field Pipeline? awsjobs.sagemaker.Pipeline
---@field PipelineExecution? awsjobs.sagemaker.PipelineExecution
---@field PipelineVersion? awsjobs.sagemaker.PipelineVersion The version of the pipeline.
---@field FeatureGroup? awsjobs.sagemaker.FeatureGroup
---@field FeatureMetadata? awsjobs.sagemaker.FeatureMetadata The feature metadata used to search through the features.
---@field Project? awsjobs.sagemaker.Project The properties of a project.
---@field HyperParameterTuningJob? awsjobs.sagemaker.HyperParameterTuningJobSearchEntity The properties of a hyperparameter tuning job.
---@field ModelCard? awsjobs.sagemaker.ModelCard An Amazon SageMaker Model Card that documents details about a machine learning model.
---@field Model? awsjobs.sagemaker.ModelDashboardModel

---@class awsjobs.sagemaker.SearchRequest
---@field Resource awsjobs.sagemaker.ResourceType The name of the SageMaker resource to search for.
---@field SearchExpression? awsjobs.sagemaker.SearchExpression A Boolean conditional statement.
---@field SortBy? string The name of the resource property used to sort the SearchResults.
---@field SortOrder? awsjobs.sagemaker.SearchSortOrder How SearchResults are ordered.
---@field NextToken? string If more than MaxResults resources match the specified SearchExpression, the response includes a NextToken.
---@field MaxResults? integer The maximum number of results to return.
---@field CrossAccountFilterOption? awsjobs.sagemaker.CrossAccountFilterOption A cross account filter option.
---@field VisibilityConditions? awsjobs.sagemaker.VisibilityConditions[] Limits the results of your search request to the resources that you can access.

---@class awsjobs.sagemaker.SearchResponse
---@field Results? awsjobs.sagemaker.SearchRecord[] A list of SearchRecord objects.
---@field NextToken? string If the result of the previous Search request was truncated, the response includes a NextToken.
---@field TotalHits? awsjobs.sagemaker.TotalHits The total number of matching results.

---@class awsjobs.sagemaker.SearchTrainingPlanOfferingsRequest
---@field InstanceType? awsjobs.sagemaker.ReservedCapacityInstanceType The type of instance you want to search for in the available training plan offerings.
---@field InstanceCount? integer The number of instances you want to reserve in the training plan offerings.
---@field UltraServerType? string The type of UltraServer to search for, such as ml.u-p6e-gb200x72.
---@field UltraServerCount? integer The number of UltraServers to search for.
---@field StartTimeAfter? awsjobs.Timestamp A filter to search for training plan offerings with a start time after a specified date.
---@field EndTimeBefore? awsjobs.Timestamp A filter to search for reserved capacity offerings with an end time before a specified date.
---@field DurationHours? integer The desired duration in hours for the training plan offerings.
---@field TargetResources? awsjobs.sagemaker.SageMakerResourceName[] The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints, Studio apps) to search for in the offerings.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of an existing training plan to search for extension offerings.

---@class awsjobs.sagemaker.SearchTrainingPlanOfferingsResponse
---@field TrainingPlanOfferings awsjobs.sagemaker.TrainingPlanOffering[] A list of training plan offerings that match the search criteria.
---@field TrainingPlanExtensionOfferings? awsjobs.sagemaker.TrainingPlanExtensionOffering[] A list of extension offerings available for the specified training plan.

---An array element of SecondaryStatusTransitions for DescribeTrainingJob.
---@class awsjobs.sagemaker.SecondaryStatusTransition
---@field Status awsjobs.sagemaker.SecondaryStatus Contains a secondary status information from a training job.
---@field StartTime awsjobs.Timestamp A timestamp that shows when the training job transitioned to the current secondary status state.
---@field EndTime? awsjobs.Timestamp A timestamp that shows when the training job transitioned out of this secondary status state into another secondary status state or when the training job...
---@field StatusMessage? string A detailed description of the progress within a secondary status.

---A step selected to run in selective execution mode.
---@class awsjobs.sagemaker.SelectedStep
---@field StepName string The name of the pipeline step.

---The selective execution configuration applied to the pipeline run.
---@class awsjobs.sagemaker.SelectiveExecutionConfig
---@field SourcePipelineExecutionArn? string The ARN from a reference execution of the current pipeline.
---@field SelectedSteps awsjobs.sagemaker.SelectedStep[] A list of pipeline steps to run.

---The ARN from an execution of the current pipeline.
---@class awsjobs.sagemaker.SelectiveExecutionResult
---@field SourcePipelineExecutionArn? string The ARN from an execution of the current pipeline.

---@class awsjobs.sagemaker.SendPipelineExecutionStepFailureRequest
---@field CallbackToken string The pipeline generated token from the Amazon SQS queue.
---@field FailureReason? string A message describing why the step failed.
---@field ClientRequestToken? string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.

---@class awsjobs.sagemaker.SendPipelineExecutionStepFailureResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---@class awsjobs.sagemaker.SendPipelineExecutionStepSuccessRequest
---@field CallbackToken string The pipeline generated token from the Amazon SQS queue.
---@field OutputParameters? awsjobs.sagemaker.OutputParameter[] A list of the output parameters of the callback step.
---@field ClientRequestToken? string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.

---@class awsjobs.sagemaker.SendPipelineExecutionStepSuccessResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---The configuration for the serverless training job.
---@class awsjobs.sagemaker.ServerlessJobConfig
---@field BaseModelArn string The base model Amazon Resource Name (ARN) in SageMaker Public Hub.
---@field AcceptEula? boolean Specifies agreement to the model end-user license agreement (EULA).
---@field JobType awsjobs.sagemaker.ServerlessJobType The serverless training job type.
---@field CustomizationTechnique? awsjobs.sagemaker.CustomizationTechnique The model customization technique.
---@field Peft? awsjobs.sagemaker.Peft The parameter-efficient fine-tuning configuration.
---@field EvaluationType? awsjobs.sagemaker.EvaluationType The evaluation job type.
---@field EvaluatorArn? string The evaluator Amazon Resource Name (ARN) used as reward function or reward prompt.

---Details of a provisioned service catalog product.
---@class awsjobs.sagemaker.ServiceCatalogProvisionedProductDetails
---@field ProvisionedProductId? string The ID of the provisioned product.
---@field ProvisionedProductStatusMessage? string The current status of the product.

---Details that you specify to provision a service catalog product.
---@class awsjobs.sagemaker.ServiceCatalogProvisioningDetails
---@field ProductId string The ID of the product to provision.
---@field ProvisioningArtifactId? string The ID of the provisioning artifact.
---@field PathId? string The path identifier of the product.
---@field ProvisioningParameters? awsjobs.sagemaker.ProvisioningParameter[] A list of key value pairs that you specify when you provision a product.

---Details that you specify to provision a service catalog product.
---@class awsjobs.sagemaker.ServiceCatalogProvisioningUpdateDetails
---@field ProvisioningArtifactId? string The ID of the provisioning artifact.
---@field ProvisioningParameters? awsjobs.sagemaker.ProvisioningParameter[] A list of key value pairs that you specify when you provision a product.

---Contains information about attribute-based access control (ABAC) for a training job.
---@class awsjobs.sagemaker.SessionChainingConfig
---@field EnableSessionTagChaining? boolean Set to True to allow SageMaker to extract session tags from a training job creation role and reuse these tags when assuming the training job execution role.

---The configuration of ShadowMode inference experiment type, which specifies a production variant to take all the inference requests, and a shadow variant to which Amazon SageMaker replicates a...
---@class awsjobs.sagemaker.ShadowModeConfig
---@field SourceModelVariantName string The name of the production variant, which takes all the inference requests.
---@field ShadowModelVariants awsjobs.sagemaker.ShadowModelVariantConfig[] List of shadow variant configurations.

---The name and sampling percentage of a shadow variant.
---@class awsjobs.sagemaker.ShadowModelVariantConfig
---@field ShadowModelVariantName string The name of the shadow variant.
---@field SamplingPercentage integer The percentage of inference requests that Amazon SageMaker replicates from the production variant to the shadow variant.

---Specifies options for sharing Amazon SageMaker AI Studio notebooks.
---@class awsjobs.sagemaker.SharingSettings
---@field NotebookOutputOption? awsjobs.sagemaker.NotebookOutputOption Whether to include the notebook cell output when sharing the notebook.
---@field S3OutputPath? string When NotebookOutputOption is Allowed, the Amazon S3 bucket used to store the shared notebook snapshots.
---@field S3KmsKeyId? string When NotebookOutputOption is Allowed, the Amazon Web Services Key Management Service (KMS) encryption key ID used to encrypt the notebook cell output in the...

---A configuration for a shuffle option for input data in a channel.
---@class awsjobs.sagemaker.ShuffleConfig
---@field Seed integer Determines the shuffling order in ShuffleConfig value.

---Specifies an algorithm that was used to create the model package.
---@class awsjobs.sagemaker.SourceAlgorithm
---@field ModelDataUrl? string The Amazon S3 path where the model artifacts, which result from model training, are stored.
---@field ModelDataSource? awsjobs.sagemaker.ModelDataSource Specifies the location of ML model data to deploy during endpoint creation.
---@field ModelDataETag? string The ETag associated with Model Data URL.
---@field AlgorithmName string The name of an algorithm that was used to create the model package.

---A list of algorithms that were used to create a model package.
---@class awsjobs.sagemaker.SourceAlgorithmSpecification
---@field SourceAlgorithms awsjobs.sagemaker.SourceAlgorithm[] A list of the algorithms that were used to create a model package.

---A list of IP address ranges (CIDRs).
---@class awsjobs.sagemaker.SourceIpConfig
---@field Cidrs string[] A list of one to ten Classless Inter-Domain Routing (CIDR) values.

---Settings that are used to configure and manage the lifecycle of Amazon SageMaker Studio applications in a space.
---@class awsjobs.sagemaker.SpaceAppLifecycleManagement
---@field IdleSettings? awsjobs.sagemaker.SpaceIdleSettings Settings related to idle shutdown of Studio applications.

---The application settings for a Code Editor space.
---@class awsjobs.sagemaker.SpaceCodeEditorAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field AppLifecycleManagement? awsjobs.sagemaker.SpaceAppLifecycleManagement Settings that are used to configure and manage the lifecycle of CodeEditor applications in a space.

---The space's details.
---@class awsjobs.sagemaker.SpaceDetails
---@field DomainId? string The ID of the associated domain.
---@field SpaceName? string The name of the space.
---@field Status? awsjobs.sagemaker.SpaceStatus The status.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.
---@field SpaceSettingsSummary? awsjobs.sagemaker.SpaceSettingsSummary Specifies summary information about the space settings.
---@field SpaceSharingSettingsSummary? awsjobs.sagemaker.SpaceSharingSettingsSummary Specifies summary information about the space sharing settings.
---@field OwnershipSettingsSummary? awsjobs.sagemaker.OwnershipSettingsSummary Specifies summary information about the ownership settings.
---@field SpaceDisplayName? string The name of the space that appears in the Studio UI.

---Settings related to idle shutdown of Studio applications in a space.
---@class awsjobs.sagemaker.SpaceIdleSettings
---@field IdleTimeoutInMinutes? integer The time that SageMaker waits after the application becomes idle before shutting it down.

---The settings for the JupyterLab application within a space.
---@class awsjobs.sagemaker.SpaceJupyterLabAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec
---@field CodeRepositories? awsjobs.sagemaker.CodeRepository[] A list of Git repositories that SageMaker automatically displays to users for cloning in the JupyterLab application.
---@field AppLifecycleManagement? awsjobs.sagemaker.SpaceAppLifecycleManagement Settings that are used to configure and manage the lifecycle of JupyterLab applications in a space.

---A collection of space settings.
---@class awsjobs.sagemaker.SpaceSettings
---@field JupyterServerAppSettings? awsjobs.sagemaker.JupyterServerAppSettings
---@field KernelGatewayAppSettings? awsjobs.sagemaker.KernelGatewayAppSettings
---@field CodeEditorAppSettings? awsjobs.sagemaker.SpaceCodeEditorAppSettings The Code Editor application settings.
---@field JupyterLabAppSettings? awsjobs.sagemaker.SpaceJupyterLabAppSettings The settings for the JupyterLab application.
---@field AppType? awsjobs.sagemaker.AppType The type of app created within the space.
---@field SpaceStorageSettings? awsjobs.sagemaker.SpaceStorageSettings The storage settings for a space.
---@field SpaceManagedResources? awsjobs.sagemaker.FeatureStatus If you enable this option, SageMaker AI creates the following resources on your behalf when you create the space:
---@field CustomFileSystems? awsjobs.sagemaker.CustomFileSystem[] A file system, created by you, that you assign to a space for an Amazon SageMaker AI Domain.
---@field RemoteAccess? awsjobs.sagemaker.FeatureStatus A setting that enables or disables remote access for a SageMaker space.

---Specifies summary information about the space settings.
---@class awsjobs.sagemaker.SpaceSettingsSummary
---@field AppType? awsjobs.sagemaker.AppType The type of app created within the space.
---@field RemoteAccess? awsjobs.sagemaker.FeatureStatus A setting that enables or disables remote access for a SageMaker space.
---@field SpaceStorageSettings? awsjobs.sagemaker.SpaceStorageSettings The storage settings for a space.

---A collection of space sharing settings.
---@class awsjobs.sagemaker.SpaceSharingSettings
---@field SharingType awsjobs.sagemaker.SharingType Specifies the sharing type of the space.

---Specifies summary information about the space sharing settings.
---@class awsjobs.sagemaker.SpaceSharingSettingsSummary
---@field SharingType? awsjobs.sagemaker.SharingType Specifies the sharing type of the space.

---The storage settings for a space.
---@class awsjobs.sagemaker.SpaceStorageSettings
---@field EbsStorageSettings? awsjobs.sagemaker.EbsStorageSettings A collection of EBS storage settings for a space.

---Defines the stairs traffic pattern for an Inference Recommender load test.
---@class awsjobs.sagemaker.Stairs
---@field DurationInSeconds? integer Defines how long each traffic step should be.
---@field NumberOfSteps? integer Specifies how many steps to perform during traffic.
---@field UsersPerStep? integer Specifies how many new users to spawn in each step.

---@class awsjobs.sagemaker.StartClusterHealthCheckRequest
---@field ClusterName string The string name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster.
---@field DeepHealthCheckConfigurations awsjobs.sagemaker.InstanceGroupHealthCheckConfiguration[] A list of configurations containing instance group names, EC2 instance IDs, and deep health checks to perform.

---@class awsjobs.sagemaker.StartClusterHealthCheckResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster on which the deep health checks were initiated.

---@class awsjobs.sagemaker.StartEdgeDeploymentStageRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan to start.
---@field StageName string The name of the stage to start.

---@class awsjobs.sagemaker.StartInferenceExperimentRequest
---@field Name string The name of the inference experiment to start.

---@class awsjobs.sagemaker.StartInferenceExperimentResponse
---@field InferenceExperimentArn string The ARN of the started inference experiment to start.

---@class awsjobs.sagemaker.StartMlflowTrackingServerRequest
---@field TrackingServerName string The name of the tracking server to start.

---@class awsjobs.sagemaker.StartMlflowTrackingServerResponse
---@field TrackingServerArn? string The ARN of the started tracking server.

---@class awsjobs.sagemaker.StartMonitoringScheduleRequest
---@field MonitoringScheduleName string The name of the schedule to start.

---@class awsjobs.sagemaker.StartNotebookInstanceInput
---@field NotebookInstanceName string The name of the notebook instance to start.

---@class awsjobs.sagemaker.StartPipelineExecutionRequest
---@field PipelineName string The name or Amazon Resource Name (ARN) of the pipeline.
---@field PipelineExecutionDisplayName? string The display name of the pipeline execution.
---@field PipelineParameters? awsjobs.sagemaker.Parameter[] Contains a list of pipeline parameters.
---@field PipelineExecutionDescription? string The description of the pipeline execution.
---@field ClientRequestToken string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration This configuration, if specified, overrides the parallelism configuration of the parent pipeline for this specific run.
---@field SelectiveExecutionConfig? awsjobs.sagemaker.SelectiveExecutionConfig The selective execution configuration applied to the pipeline run.
---@field PipelineVersionId? integer The ID of the pipeline version to start execution from.
---@field MlflowExperimentName? string The MLflow experiment name of the pipeline execution.

---@class awsjobs.sagemaker.StartPipelineExecutionResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---@class awsjobs.sagemaker.StartSessionRequest
---@field ResourceIdentifier string The Amazon Resource Name (ARN) of the resource to which the remote connection will be established.

---@class awsjobs.sagemaker.StartSessionResponse
---@field SessionId? string A unique identifier for the established remote connection session.
---@field StreamUrl? string A WebSocket URL used to establish a SSH connection between the local IDE and remote SageMaker space.
---@field TokenValue? string An encrypted token value containing session and caller information.

---@class awsjobs.sagemaker.StopAIBenchmarkJobRequest
---@field AIBenchmarkJobName string The name of the AI benchmark job to stop.

---@class awsjobs.sagemaker.StopAIBenchmarkJobResponse
---@field AIBenchmarkJobArn string The Amazon Resource Name (ARN) of the stopped benchmark job.

---@class awsjobs.sagemaker.StopAIRecommendationJobRequest
---@field AIRecommendationJobName string The name of the AI recommendation job to stop.

---@class awsjobs.sagemaker.StopAIRecommendationJobResponse
---@field AIRecommendationJobArn string The Amazon Resource Name (ARN) of the stopped recommendation job.

---@class awsjobs.sagemaker.StopAutoMLJobRequest
---@field AutoMLJobName string The name of the object you are requesting.

---@class awsjobs.sagemaker.StopCompilationJobRequest
---@field CompilationJobName string The name of the model compilation job to stop.

---@class awsjobs.sagemaker.StopEdgeDeploymentStageRequest
---@field EdgeDeploymentPlanName string The name of the edge deployment plan to stop.
---@field StageName string The name of the stage to stop.

---@class awsjobs.sagemaker.StopEdgePackagingJobRequest
---@field EdgePackagingJobName string The name of the edge packaging job.

---@class awsjobs.sagemaker.StopHyperParameterTuningJobRequest
---@field HyperParameterTuningJobName string The name of the tuning job to stop.

---@class awsjobs.sagemaker.StopInferenceExperimentRequest
---@field Name string The name of the inference experiment to stop.
---@field ModelVariantActions table<string, awsjobs.sagemaker.ModelVariantAction> Array of key-value pairs, with names of variants mapped to actions.
---@field DesiredModelVariants? awsjobs.sagemaker.ModelVariantConfig[] An array of ModelVariantConfig objects.
---@field DesiredState? awsjobs.sagemaker.InferenceExperimentStopDesiredState The desired state of the experiment after stopping.
---@field Reason? string The reason for stopping the experiment.

---@class awsjobs.sagemaker.StopInferenceExperimentResponse
---@field InferenceExperimentArn string The ARN of the stopped inference experiment.

---@class awsjobs.sagemaker.StopInferenceRecommendationsJobRequest
---@field JobName string The name of the job you want to stop.

---@class awsjobs.sagemaker.StopLabelingJobRequest
---@field LabelingJobName string The name of the labeling job to stop.

---@class awsjobs.sagemaker.StopMlflowTrackingServerRequest
---@field TrackingServerName string The name of the tracking server to stop.

---@class awsjobs.sagemaker.StopMlflowTrackingServerResponse
---@field TrackingServerArn? string The ARN of the stopped tracking server.

---@class awsjobs.sagemaker.StopMonitoringScheduleRequest
---@field MonitoringScheduleName string The name of the schedule to stop.

---@class awsjobs.sagemaker.StopNotebookInstanceInput
---@field NotebookInstanceName string The name of the notebook instance to terminate.

---@class awsjobs.sagemaker.StopOptimizationJobRequest
---@field OptimizationJobName string The name that you assigned to the optimization job.

---@class awsjobs.sagemaker.StopPipelineExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.
---@field ClientRequestToken string A unique, case-sensitive identifier that you provide to ensure the idempotency of the operation.

---@class awsjobs.sagemaker.StopPipelineExecutionResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the pipeline execution.

---@class awsjobs.sagemaker.StopProcessingJobRequest
---@field ProcessingJobName string The name of the processing job to stop.

---@class awsjobs.sagemaker.StopTrainingJobRequest
---@field TrainingJobName string The name of the training job to stop.

---@class awsjobs.sagemaker.StopTransformJobRequest
---@field TransformJobName string The name of the batch transform job to stop.

---Specifies a limit to how long a job can run.
---@class awsjobs.sagemaker.StoppingCondition
---@field MaxRuntimeInSeconds? integer The maximum length of time, in seconds, that a training or compilation job can run before it is stopped.
---@field MaxWaitTimeInSeconds? integer The maximum length of time, in seconds, that a managed Spot training job has to complete.
---@field MaxPendingTimeInSeconds? integer The maximum length of time, in seconds, that a training or compilation job can be pending before it is stopped.

---Details of the Amazon SageMaker AI Studio Lifecycle Configuration.
---@class awsjobs.sagemaker.StudioLifecycleConfigDetails
---@field StudioLifecycleConfigArn? string The Amazon Resource Name (ARN) of the Lifecycle Configuration.
---@field StudioLifecycleConfigName? string The name of the Amazon SageMaker AI Studio Lifecycle Configuration.
---@field CreationTime? awsjobs.Timestamp The creation time of the Amazon SageMaker AI Studio Lifecycle Configuration.
---@field LastModifiedTime? awsjobs.Timestamp This value is equivalent to CreationTime because Amazon SageMaker AI Studio Lifecycle Configurations are immutable.
---@field StudioLifecycleConfigAppType? awsjobs.sagemaker.StudioLifecycleConfigAppType The App type to which the Lifecycle Configuration is attached.

---Studio settings.
---@class awsjobs.sagemaker.StudioWebPortalSettings
---@field HiddenMlTools? awsjobs.sagemaker.MlTools[] The machine learning tools that are hidden from the Studio left navigation pane.
---@field HiddenAppTypes? awsjobs.sagemaker.AppType[] The Applications supported in Studio that are hidden from the Studio left navigation pane.
---@field HiddenInstanceTypes? awsjobs.sagemaker.AppInstanceType[] The instance types you are hiding from the Studio user interface.
---@field HiddenSageMakerImageVersionAliases? awsjobs.sagemaker.HiddenSageMakerImage[] The version aliases you are hiding from the Studio user interface.
---@field ExecutionRoleSessionNameMode? awsjobs.sagemaker.ExecutionRoleSessionNameMode The execution role session name mode.

---Describes a work team of a vendor that does the labelling job.
---@class awsjobs.sagemaker.SubscribedWorkteam
---@field WorkteamArn string The Amazon Resource Name (ARN) of the vendor that you have subscribed.
---@field MarketplaceTitle? string The title of the service provided by the vendor in the Amazon Marketplace.
---@field SellerName? string The name of the vendor in the Amazon Marketplace.
---@field MarketplaceDescription? string The description of the vendor from the Amazon Marketplace.
---@field ListingId? string Marketplace product listing ID.

---Specified in the GetSearchSuggestions request.
---@class awsjobs.sagemaker.SuggestionQuery
---@field PropertyNameQuery? awsjobs.sagemaker.PropertyNameQuery Defines a property name hint.

---The collection of settings used by an AutoML job V2 for the tabular problem type.
---@class awsjobs.sagemaker.TabularJobConfig
---@field CandidateGenerationConfig? awsjobs.sagemaker.CandidateGenerationConfig The configuration information of how model candidates are generated.
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria
---@field FeatureSpecificationS3Uri? string A URL to the Amazon S3 data source containing selected features from the input data source to run an Autopilot job V2.
---@field Mode? awsjobs.sagemaker.AutoMLMode The method that Autopilot uses to train the data.
---@field GenerateCandidateDefinitionsOnly? boolean Generates possible candidates without training the models.
---@field ProblemType? awsjobs.sagemaker.ProblemType The type of supervised learning problem available for the model candidates of the AutoML job V2.
---@field TargetAttributeName string The name of the target variable in supervised learning, usually represented by 'y'.
---@field SampleWeightAttributeName? string If specified, this column name indicates which column of the dataset should be treated as sample weights for use by the objective metric during the...

---The resolved attributes specific to the tabular problem type.
---@class awsjobs.sagemaker.TabularResolvedAttributes
---@field ProblemType? awsjobs.sagemaker.ProblemType The type of supervised learning problem available for the model candidates of the AutoML job V2 (Binary Classification, Multiclass Classification, Regression).

---A tag object that consists of a key and an optional value, used to manage metadata for SageMaker Amazon Web Services resources.
---@class awsjobs.sagemaker.Tag
---@field Key string The tag key.
---@field Value string The tag value.

---Contains information about a target platform that you want your model to run on, such as OS, architecture, and accelerators.
---@class awsjobs.sagemaker.TargetPlatform
---@field Os awsjobs.sagemaker.TargetPlatformOs Specifies a target platform OS.
---@field Arch awsjobs.sagemaker.TargetPlatformArch Specifies a target platform architecture.
---@field Accelerator? awsjobs.sagemaker.TargetPlatformAccelerator Specifies a target platform accelerator (optional).

---A target tracking scaling policy.
---@class awsjobs.sagemaker.TargetTrackingScalingPolicyConfiguration
---@field MetricSpecification? awsjobs.sagemaker.MetricSpecification An object containing information about a metric.
---@field TargetValue? number The recommended target value to specify for the metric when creating a scaling policy.

---Details about a template provider configuration and associated provisioning information.
---@class awsjobs.sagemaker.TemplateProviderDetail
---@field CfnTemplateProviderDetail? awsjobs.sagemaker.CfnTemplateProviderDetail Details about a CloudFormation template provider configuration and associated provisioning information.

---The TensorBoard app settings.
---@class awsjobs.sagemaker.TensorBoardAppSettings
---@field DefaultResourceSpec? awsjobs.sagemaker.ResourceSpec The default instance type and the Amazon Resource Name (ARN) of the SageMaker AI image created on the instance.

---Configuration of storage locations for the Amazon SageMaker Debugger TensorBoard output data.
---@class awsjobs.sagemaker.TensorBoardOutputConfig
---@field LocalPath? string Path to local storage location for tensorBoard output.
---@field S3OutputPath string Path to Amazon S3 storage location for TensorBoard output.

---The collection of settings used by an AutoML job V2 for the text classification problem type.
---@class awsjobs.sagemaker.TextClassificationJobConfig
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria How long a job is allowed to run, or how many candidates a job is allowed to generate.
---@field ContentColumn string The name of the column used to provide the sentences to be classified.
---@field TargetLabelColumn string The name of the column used to provide the class labels.

---The collection of settings used by an AutoML job V2 for the text generation problem type.
---@class awsjobs.sagemaker.TextGenerationJobConfig
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria How long a fine-tuning job is allowed to run.
---@field BaseModelName? string The name of the base model to fine-tune.
---@field TextGenerationHyperParameters? table<string, string> The hyperparameters used to configure and optimize the learning process of the base model.
---@field ModelAccessConfig? awsjobs.sagemaker.ModelAccessConfig

---The resolved attributes specific to the text generation problem type.
---@class awsjobs.sagemaker.TextGenerationResolvedAttributes
---@field BaseModelName? string The name of the base model to fine-tune.

---Used to set feature group throughput configuration.
---@class awsjobs.sagemaker.ThroughputConfig
---@field ThroughputMode awsjobs.sagemaker.ThroughputMode The mode used for your feature group throughput: ON_DEMAND or PROVISIONED.
---@field ProvisionedReadCapacityUnits? integer For provisioned feature groups with online store enabled, this indicates the read throughput you are billed for and can consume without throttling.
---@field ProvisionedWriteCapacityUnits? integer For provisioned feature groups, this indicates the write throughput you are billed for and can consume without throttling.

---Active throughput configuration of the feature group.
---@class awsjobs.sagemaker.ThroughputConfigDescription
---@field ThroughputMode awsjobs.sagemaker.ThroughputMode The mode used for your feature group throughput: ON_DEMAND or PROVISIONED.
---@field ProvisionedReadCapacityUnits? integer For provisioned feature groups with online store enabled, this indicates the read throughput you are billed for and can consume without throttling.
---@field ProvisionedWriteCapacityUnits? integer For provisioned feature groups, this indicates the write throughput you are billed for and can consume without throttling.

---The new throughput configuration for the feature group.
---@class awsjobs.sagemaker.ThroughputConfigUpdate
---@field ThroughputMode? awsjobs.sagemaker.ThroughputMode Target throughput mode of the feature group.
---@field ProvisionedReadCapacityUnits? integer For provisioned feature groups with online store enabled, this indicates the read throughput you are billed for and can consume without throttling.
---@field ProvisionedWriteCapacityUnits? integer For provisioned feature groups, this indicates the write throughput you are billed for and can consume without throttling.

---The collection of components that defines the time-series.
---@class awsjobs.sagemaker.TimeSeriesConfig
---@field TargetAttributeName string The name of the column representing the target variable that you want to predict for each item in your dataset.
---@field TimestampAttributeName string The name of the column indicating a point in time at which the target value of a given item is recorded.
---@field ItemIdentifierAttributeName string The name of the column that represents the set of item identifiers for which you want to predict the target value.
---@field GroupingAttributeNames? string[] A set of columns names that can be grouped with the item identifier column to create a composite key for which a target value is predicted.

---The collection of settings used by an AutoML job V2 for the time-series forecasting problem type.
---@class awsjobs.sagemaker.TimeSeriesForecastingJobConfig
---@field FeatureSpecificationS3Uri? string A URL to the Amazon S3 data source containing additional selected features that complement the target, itemID, timestamp, and grouped columns set in...
---@field CompletionCriteria? awsjobs.sagemaker.AutoMLJobCompletionCriteria
---@field ForecastFrequency string The frequency of predictions in a forecast.
---@field ForecastHorizon integer The number of time-steps that the model predicts.
---@field ForecastQuantiles? string[] The quantiles used to train the model for forecasts at a specified quantile.
---@field Transformations? awsjobs.sagemaker.TimeSeriesTransformations The transformations modifying specific attributes of the time-series, such as filling strategies for missing values.
---@field TimeSeriesConfig awsjobs.sagemaker.TimeSeriesConfig The collection of components that defines the time-series.
---@field HolidayConfig? awsjobs.sagemaker.HolidayConfigAttributes[] The collection of holiday featurization attributes used to incorporate national holiday information into your forecasting model.
---@field CandidateGenerationConfig? awsjobs.sagemaker.CandidateGenerationConfig

---Time series forecast settings for the SageMaker Canvas application.
---@class awsjobs.sagemaker.TimeSeriesForecastingSettings
---@field Status? awsjobs.sagemaker.FeatureStatus Describes whether time series forecasting is enabled or disabled in the Canvas application.
---@field AmazonForecastRoleArn? string The IAM role that Canvas passes to Amazon Forecast for time series forecasting.

---Transformations allowed on the dataset.
---@class awsjobs.sagemaker.TimeSeriesTransformations
---@field Filling? table<string, table<awsjobs.sagemaker.FillingType, string>> A key value pair defining the filling method for a column, where the key is the column name and the value is an object which defines the filling logic.
---@field Aggregation? table<string, awsjobs.sagemaker.AggregationTransformationValue> A key value pair defining the aggregation method for a column, where the key is the column name and the value is the aggregation method.

---Represents the total number of matching results and indicates how accurate that count is.
---@class awsjobs.sagemaker.TotalHits
---@field Value? integer The total number of matching results.
---@field Relation? awsjobs.sagemaker.Relation Indicates the relationship between the returned Value and the actual total number of matching results.

---The summary of the tracking server to list.
---@class awsjobs.sagemaker.TrackingServerSummary
---@field TrackingServerArn? string The ARN of a listed tracking server.
---@field TrackingServerName? string The name of a listed tracking server.
---@field CreationTime? awsjobs.Timestamp The creation time of a listed tracking server.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time of a listed tracking server.
---@field TrackingServerStatus? awsjobs.sagemaker.TrackingServerStatus The creation status of a listed tracking server.
---@field IsActive? awsjobs.sagemaker.IsTrackingServerActive The activity status of a listed tracking server.
---@field MlflowVersion? string The MLflow version used for a listed tracking server.

---Defines the traffic pattern of the load test.
---@class awsjobs.sagemaker.TrafficPattern
---@field TrafficType? awsjobs.sagemaker.TrafficType Defines the traffic patterns.
---@field Phases? awsjobs.sagemaker.Phase[] Defines the phases traffic specification.
---@field Stairs? awsjobs.sagemaker.Stairs Defines the stairs traffic pattern.

---Defines the traffic routing strategy during an endpoint deployment to shift traffic from the old fleet to the new fleet.
---@class awsjobs.sagemaker.TrafficRoutingConfig
---@field Type awsjobs.sagemaker.TrafficRoutingConfigType Traffic routing strategy type.
---@field WaitIntervalInSeconds integer The waiting time (in seconds) between incremental steps to turn on traffic on the new endpoint fleet.
---@field CanarySize? awsjobs.sagemaker.CapacitySize Batch size for the first step to turn on traffic on the new endpoint fleet.
---@field LinearStepSize? awsjobs.sagemaker.CapacitySize Batch size for each step to turn on traffic on the new endpoint fleet.

---The configuration to use an image from a private Docker registry for a training job.
---@class awsjobs.sagemaker.TrainingImageConfig
---@field TrainingRepositoryAccessMode awsjobs.sagemaker.TrainingRepositoryAccessMode The method that your training job will use to gain access to the images in your private Docker registry.
---@field TrainingRepositoryAuthConfig? awsjobs.sagemaker.TrainingRepositoryAuthConfig An object containing authentication information for a private Docker registry containing your training images.

---Contains information about a training job.
---@class awsjobs.sagemaker.TrainingJob
---@field TrainingJobName? string The name of the training job.
---@field TrainingJobArn? string The Amazon Resource Name (ARN) of the training job.
---@field TuningJobArn? string The Amazon Resource Name (ARN) of the associated hyperparameter tuning job if the training job was launched by a hyperparameter tuning job.
---@field LabelingJobArn? string The Amazon Resource Name (ARN) of the labeling job.
---@field AutoMLJobArn? string The Amazon Resource Name (ARN) of the job.
---@field ModelArtifacts? awsjobs.sagemaker.ModelArtifacts Information about the Amazon S3 location that is configured for storing model artifacts.
---@field TrainingJobStatus? awsjobs.sagemaker.TrainingJobStatus The status of the training job.
---@field SecondaryStatus? awsjobs.sagemaker.SecondaryStatus Provides detailed information about the state of the training job.
---@field FailureReason? string If the training job failed, the reason it failed.
---@field HyperParameters? table<string, string> Algorithm-specific parameters.
---@field AlgorithmSpecification? awsjobs.sagemaker.AlgorithmSpecification Information about the algorithm used for training, and algorithm metadata.
---@field RoleArn? string The Amazon Web Services Identity and Access Management (IAM) role configured for the training job.
---@field InputDataConfig? awsjobs.sagemaker.Channel[] An array of Channel objects that describes each data input channel.
---@field OutputDataConfig? awsjobs.sagemaker.OutputDataConfig The S3 path where model artifacts that you configured when creating the job are stored.
---@field ResourceConfig? awsjobs.sagemaker.ResourceConfig Resources, including ML compute instances and ML storage volumes, that are configured for model training.
---@field WarmPoolStatus? awsjobs.sagemaker.WarmPoolStatus The status of the warm pool associated with the training job.
---@field VpcConfig? awsjobs.sagemaker.VpcConfig A VpcConfig object that specifies the VPC that this training job has access to.
---@field StoppingCondition? awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model training job can run.
---@field CreationTime? awsjobs.Timestamp A timestamp that indicates when the training job was created.
---@field TrainingStartTime? awsjobs.Timestamp Indicates the time when the training job starts on training instances.
---@field TrainingEndTime? awsjobs.Timestamp Indicates the time when the training job ends on training instances.
---@field LastModifiedTime? awsjobs.Timestamp A timestamp that indicates when the status of the training job was last modified.
---@field SecondaryStatusTransitions? awsjobs.sagemaker.SecondaryStatusTransition[] A history of all of the secondary statuses that the training job has transitioned through.
---@field FinalMetricDataList? awsjobs.sagemaker.MetricData[] A list of final metric values that are set when the training job completes.
---@field EnableNetworkIsolation? boolean If the TrainingJob was created with network isolation, the value is set to true.
---@field EnableInterContainerTrafficEncryption? boolean To encrypt all communications between ML compute instances in distributed training, choose True.
---@field EnableManagedSpotTraining? boolean When true, enables managed spot training using Amazon EC2 Spot instances to run training jobs instead of on-demand instances.
---@field CheckpointConfig? awsjobs.sagemaker.CheckpointConfig
---@field TrainingTimeInSeconds? integer The training time in seconds.
---@field BillableTimeInSeconds? integer The billable time in seconds.
---@field DebugHookConfig? awsjobs.sagemaker.DebugHookConfig
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig
---@field DebugRuleConfigurations? awsjobs.sagemaker.DebugRuleConfiguration[] Information about the debug rule configuration.
---@field TensorBoardOutputConfig? awsjobs.sagemaker.TensorBoardOutputConfig
---@field DebugRuleEvaluationStatuses? awsjobs.sagemaker.DebugRuleEvaluationStatus[] Information about the evaluation status of the rules for the training job.
---@field OutputModelPackageArn? string The output model package Amazon Resource Name (ARN) that contains model weights or checkpoint.
---@field ModelPackageConfig? awsjobs.sagemaker.ModelPackageConfig The model package configuration.
---@field ProfilerConfig? awsjobs.sagemaker.ProfilerConfig
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field RetryStrategy? awsjobs.sagemaker.RetryStrategy The number of times to retry the job when the job fails due to an InternalServerError.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.

---Defines the input needed to run a training job using the algorithm.
---@class awsjobs.sagemaker.TrainingJobDefinition
---@field TrainingInputMode awsjobs.sagemaker.TrainingInputMode
---@field HyperParameters? table<string, string> The hyperparameters used for the training job.
---@field InputDataConfig awsjobs.sagemaker.Channel[] An array of Channel objects, each of which specifies an input source.
---@field OutputDataConfig awsjobs.sagemaker.OutputDataConfig the path to the S3 bucket where you want to store model artifacts.
---@field ResourceConfig awsjobs.sagemaker.ResourceConfig The resources, including the ML compute instances and ML storage volumes, to use for model training.
---@field StoppingCondition awsjobs.sagemaker.StoppingCondition Specifies a limit to how long a model training job can run.

---The numbers of training jobs launched by a hyperparameter tuning job, categorized by status.
---@class awsjobs.sagemaker.TrainingJobStatusCounters
---@field Completed? integer The number of completed training jobs launched by the hyperparameter tuning job.
---@field InProgress? integer The number of in-progress training jobs launched by a hyperparameter tuning job.
---@field RetryableError? integer The number of training jobs that failed, but can be retried.
---@field NonRetryableError? integer The number of training jobs that failed and can't be retried.
---@field Stopped? integer The number of training jobs launched by a hyperparameter tuning job that were manually stopped.

---Metadata for a training job step.
---@class awsjobs.sagemaker.TrainingJobStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the training job that was run by this step execution.

---Provides summary information about a training job.
---@class awsjobs.sagemaker.TrainingJobSummary
---@field TrainingJobName string The name of the training job that you want a summary for.
---@field TrainingJobArn string The Amazon Resource Name (ARN) of the training job.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the training job was created.
---@field TrainingEndTime? awsjobs.Timestamp A timestamp that shows when the training job ended.
---@field LastModifiedTime? awsjobs.Timestamp Timestamp when the training job was last modified.
---@field TrainingJobStatus awsjobs.sagemaker.TrainingJobStatus The status of the training job.
---@field SecondaryStatus? awsjobs.sagemaker.SecondaryStatus The secondary status of the training job.
---@field WarmPoolStatus? awsjobs.sagemaker.WarmPoolStatus The status of the warm pool associated with the training job.
---@field TrainingPlanArn? string The Amazon Resource Name (ARN); of the training plan associated with this training job.

---Details about an extension to a training plan, including the offering ID, dates, status, and cost information.
---@class awsjobs.sagemaker.TrainingPlanExtension
---@field TrainingPlanExtensionOfferingId string The unique identifier of the extension offering that was used to create this extension.
---@field ExtendedAt? awsjobs.Timestamp The timestamp when the extension was created.
---@field StartDate? awsjobs.Timestamp The start date of the extension period.
---@field EndDate? awsjobs.Timestamp The end date of the extension period.
---@field Status? string The current status of the extension (e.g., Pending, Active, Scheduled, Failed, Expired).
---@field PaymentStatus? string The payment processing status of the extension.
---@field AvailabilityZone? string The Availability Zone of the extension.
---@field AvailabilityZoneId? string The Availability Zone ID of the extension.
---@field DurationHours? integer The duration of the extension in hours.
---@field UpfrontFee? string The upfront fee for the extension.
---@field CurrencyCode? string The currency code for the upfront fee (e.g., USD).

---Details about an available extension offering for a training plan.
---@class awsjobs.sagemaker.TrainingPlanExtensionOffering
---@field TrainingPlanExtensionOfferingId string The unique identifier for this extension offering.
---@field AvailabilityZone? string The Availability Zone for this extension offering.
---@field StartDate? awsjobs.Timestamp The start date of this extension offering.
---@field EndDate? awsjobs.Timestamp The end date of this extension offering.
---@field DurationHours? integer The duration of this extension offering in hours.
---@field UpfrontFee? string The upfront fee for this extension offering.
---@field CurrencyCode? string The currency code for the upfront fee (e.g., USD).

---A filter to apply when listing or searching for training plans.
---@class awsjobs.sagemaker.TrainingPlanFilter
---@field Name awsjobs.sagemaker.TrainingPlanFilterName The name of the filter field (e.g., Status, InstanceType).
---@field Value string The value to filter by for the specified field.

---Details about a training plan offering.
---@class awsjobs.sagemaker.TrainingPlanOffering
---@field TrainingPlanOfferingId string The unique identifier for this training plan offering.
---@field TargetResources awsjobs.sagemaker.SageMakerResourceName[] The target resources (e.g., SageMaker Training Jobs, SageMaker HyperPod, SageMaker Endpoints, Studio apps) for this training plan offering.
---@field RequestedStartTimeAfter? awsjobs.Timestamp The requested start time that the user specified when searching for the training plan offering.
---@field RequestedEndTimeBefore? awsjobs.Timestamp The requested end time that the user specified when searching for the training plan offering.
---@field DurationHours? integer The number of whole hours in the total duration for this training plan offering.
---@field DurationMinutes? integer The additional minutes beyond whole hours in the total duration for this training plan offering.
---@field UpfrontFee? string The upfront fee for this training plan offering.
---@field CurrencyCode? string The currency code for the upfront fee (e.g., USD).
---@field ReservedCapacityOfferings? awsjobs.sagemaker.ReservedCapacityOffering[] A list of reserved capacity offerings associated with this training plan offering.

---Details of the training plan.
---@class awsjobs.sagemaker.TrainingPlanSummary
---@field TrainingPlanArn string The Amazon Resource Name (ARN); of the training plan.
---@field TrainingPlanName string The name of the training plan.
---@field Status awsjobs.sagemaker.TrainingPlanStatus The current status of the training plan (e.g., Pending, Active, Expired).
---@field StatusMessage? string A message providing additional information about the current status of the training plan.
---@field DurationHours? integer The number of whole hours in the total duration for this training plan.
---@field DurationMinutes? integer The additional minutes beyond whole hours in the total duration for this training plan.
---@field StartTime? awsjobs.Timestamp The start time of the training plan.
---@field EndTime? awsjobs.Timestamp The end time of the training plan.
---@field UpfrontFee? string The upfront fee for the training plan.
---@field CurrencyCode? string The currency code for the upfront fee (e.g., USD).
---@field TotalInstanceCount? integer The total number of instances reserved in this training plan.
---@field AvailableInstanceCount? integer The number of instances currently available for use in this training plan.
---@field InUseInstanceCount? integer The number of instances currently in use from this training plan.
---@field TotalUltraServerCount? integer The total number of UltraServers allocated to this training plan.
---@field TargetResources? awsjobs.sagemaker.SageMakerResourceName[] The target resources (e.g., training jobs, HyperPod clusters, Endpoints, Studio apps) that can use this training plan.
---@field ReservedCapacitySummaries? awsjobs.sagemaker.ReservedCapacitySummary[] A list of reserved capacities associated with this training plan, including details such as instance types, counts, and availability zones.

---The serverless training job progress information.
---@class awsjobs.sagemaker.TrainingProgressInfo
---@field TotalStepCountPerEpoch? integer The total step count per epoch.
---@field CurrentStep? integer The current step number.
---@field CurrentEpoch? integer The current epoch number.
---@field MaxEpoch? integer The maximum number of epochs for this job.

---An object containing authentication information for a private Docker registry.
---@class awsjobs.sagemaker.TrainingRepositoryAuthConfig
---@field TrainingRepositoryCredentialsProviderArn string The Amazon Resource Name (ARN) of an Amazon Web Services Lambda function used to give SageMaker access credentials to your private Docker registry.

---Defines how the algorithm is used for a training job.
---@class awsjobs.sagemaker.TrainingSpecification
---@field TrainingImage string The Amazon ECR registry path of the Docker image that contains the training algorithm.
---@field TrainingImageDigest? string An MD5 hash of the training algorithm that identifies the Docker image used for training.
---@field SupportedHyperParameters? awsjobs.sagemaker.HyperParameterSpecification[] A list of the HyperParameterSpecification objects, that define the supported hyperparameters.
---@field SupportedTrainingInstanceTypes awsjobs.sagemaker.TrainingInstanceType[] A list of the instance types that this algorithm can use for training.
---@field SupportsDistributedTraining? boolean Indicates whether the algorithm supports distributed training.
---@field MetricDefinitions? awsjobs.sagemaker.MetricDefinition[] A list of MetricDefinition objects, which are used for parsing metrics generated by the algorithm.
---@field TrainingChannels awsjobs.sagemaker.ChannelSpecification[] A list of ChannelSpecification objects, which specify the input sources to be used by the algorithm.
---@field SupportedTuningJobObjectiveMetrics? awsjobs.sagemaker.HyperParameterTuningJobObjective[] A list of the metrics that the algorithm emits that can be used as the objective metric in a hyperparameter tuning job.
---@field AdditionalS3DataSource? awsjobs.sagemaker.AdditionalS3DataSource The additional data source used during the training job.

---Describes the location of the channel data.
---@class awsjobs.sagemaker.TransformDataSource
---@field S3DataSource awsjobs.sagemaker.TransformS3DataSource The S3 location of the data source that is associated with a channel.

---Describes the input source of a transform job and the way the transform job consumes it.
---@class awsjobs.sagemaker.TransformInput
---@field DataSource awsjobs.sagemaker.TransformDataSource Describes the location of the channel data, which is, the S3 location of the input data that the model can consume.
---@field ContentType? string The multipurpose internet mail extension (MIME) type of the data.
---@field CompressionType? awsjobs.sagemaker.CompressionType If your transform data is compressed, specify the compression type.
---@field SplitType? awsjobs.sagemaker.SplitType The method to use to split the transform job's data files into smaller batches.

---A batch transform job.
---@class awsjobs.sagemaker.TransformJob
---@field TransformJobName? string The name of the transform job.
---@field TransformJobArn? string The Amazon Resource Name (ARN) of the transform job.
---@field TransformJobStatus? awsjobs.sagemaker.TransformJobStatus The status of the transform job.
---@field FailureReason? string If the transform job failed, the reason it failed.
---@field ModelName? string The name of the model associated with the transform job.
---@field MaxConcurrentTransforms? integer The maximum number of parallel requests that can be sent to each instance in a transform job.
---@field ModelClientConfig? awsjobs.sagemaker.ModelClientConfig
---@field MaxPayloadInMB? integer The maximum allowed size of the payload, in MB.
---@field BatchStrategy? awsjobs.sagemaker.BatchStrategy Specifies the number of records to include in a mini-batch for an HTTP inference request.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field TransformInput? awsjobs.sagemaker.TransformInput
---@field TransformOutput? awsjobs.sagemaker.TransformOutput
---@field DataCaptureConfig? awsjobs.sagemaker.BatchDataCaptureConfig
---@field TransformResources? awsjobs.sagemaker.TransformResources
---@field CreationTime? awsjobs.Timestamp A timestamp that shows when the transform Job was created.
---@field TransformStartTime? awsjobs.Timestamp Indicates when the transform job starts on ML instances.
---@field TransformEndTime? awsjobs.Timestamp Indicates when the transform job has been completed, or has stopped or failed.
---@field LabelingJobArn? string The Amazon Resource Name (ARN) of the labeling job that created the transform job.
---@field AutoMLJobArn? string The Amazon Resource Name (ARN) of the AutoML job that created the transform job.
---@field DataProcessing? awsjobs.sagemaker.DataProcessing
---@field ExperimentConfig? awsjobs.sagemaker.ExperimentConfig
---@field Tags? awsjobs.sagemaker.Tag[] A list of tags associated with the transform job.

---Defines the input needed to run a transform job using the inference specification specified in the algorithm.
---@class awsjobs.sagemaker.TransformJobDefinition
---@field MaxConcurrentTransforms? integer The maximum number of parallel requests that can be sent to each instance in a transform job.
---@field MaxPayloadInMB? integer The maximum payload size allowed, in MB.
---@field BatchStrategy? awsjobs.sagemaker.BatchStrategy A string that determines the number of records included in a single mini-batch.
---@field Environment? table<string, string> The environment variables to set in the Docker container.
---@field TransformInput awsjobs.sagemaker.TransformInput A description of the input source and the way the transform job consumes it.
---@field TransformOutput awsjobs.sagemaker.TransformOutput Identifies the Amazon S3 location where you want Amazon SageMaker to save the results from the transform job.
---@field TransformResources awsjobs.sagemaker.TransformResources Identifies the ML compute instances for the transform job.

---Metadata for a transform job step.
---@class awsjobs.sagemaker.TransformJobStepMetadata
---@field Arn? string The Amazon Resource Name (ARN) of the transform job that was run by this step execution.

---Provides a summary of a transform job.
---@class awsjobs.sagemaker.TransformJobSummary
---@field TransformJobName string The name of the transform job.
---@field TransformJobArn string The Amazon Resource Name (ARN) of the transform job.
---@field CreationTime awsjobs.Timestamp A timestamp that shows when the transform Job was created.
---@field TransformEndTime? awsjobs.Timestamp Indicates when the transform job ends on compute instances.
---@field LastModifiedTime? awsjobs.Timestamp Indicates when the transform job was last modified.
---@field TransformJobStatus awsjobs.sagemaker.TransformJobStatus The status of the transform job.
---@field FailureReason? string If the transform job failed, the reason it failed.

---Describes the results of a transform job.
---@class awsjobs.sagemaker.TransformOutput
---@field S3OutputPath string The Amazon S3 path where you want Amazon SageMaker to store the results of the transform job.
---@field Accept? string The MIME type used to specify the output data.
---@field AssembleWith? awsjobs.sagemaker.AssemblyType Defines how to assemble the results of the transform job as a single S3 object.
---@field KmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt the model artifacts at rest using Amazon...

---Describes the resources, including ML instance types and ML instance count, to use for transform job.
---@class awsjobs.sagemaker.TransformResources
---@field InstanceType awsjobs.sagemaker.TransformInstanceType The ML compute instance type for the transform job.
---@field InstanceCount integer The number of ML compute instances to use in the transform job.
---@field VolumeKmsKeyId? string The Amazon Web Services Key Management Service (Amazon Web Services KMS) key that Amazon SageMaker uses to encrypt model data on the storage volume attached...
---@field TransformAmiVersion? string Specifies an option from a collection of preconfigured Amazon Machine Image (AMI) images.

---Describes the S3 data source.
---@class awsjobs.sagemaker.TransformS3DataSource
---@field S3DataType awsjobs.sagemaker.S3DataType If you choose S3Prefix, S3Uri identifies a key name prefix.
---@field S3Uri string Depending on the value specified for the S3DataType, identifies either a key name prefix or a manifest.

---The properties of a trial as returned by the Search API.
---@class awsjobs.sagemaker.Trial
---@field TrialName? string The name of the trial.
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.
---@field DisplayName? string The name of the trial as displayed.
---@field ExperimentName? string The name of the experiment the trial is part of.
---@field Source? awsjobs.sagemaker.TrialSource
---@field CreationTime? awsjobs.Timestamp When the trial was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the trial.
---@field LastModifiedTime? awsjobs.Timestamp Who last modified the trial.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field Tags? awsjobs.sagemaker.Tag[] The list of tags that are associated with the trial.
---@field TrialComponentSummaries? awsjobs.sagemaker.TrialComponentSimpleSummary[] A list of the components associated with the trial.

---The properties of a trial component as returned by the Search API.
---@class awsjobs.sagemaker.TrialComponent
---@field TrialComponentName? string The name of the trial component.
---@field DisplayName? string The name of the component as displayed.
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field Source? awsjobs.sagemaker.TrialComponentSource The Amazon Resource Name (ARN) and job type of the source of the component.
---@field Status? awsjobs.sagemaker.TrialComponentStatus
---@field StartTime? awsjobs.Timestamp When the component started.
---@field EndTime? awsjobs.Timestamp When the component ended.
---@field CreationTime? awsjobs.Timestamp When the component was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the trial component.
---@field LastModifiedTime? awsjobs.Timestamp When the component was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext
---@field Parameters? table<string, awsjobs.sagemaker.TrialComponentParameterValue> The hyperparameters of the component.
---@field InputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The input artifacts of the component.
---@field OutputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> The output artifacts of the component.
---@field Metrics? awsjobs.sagemaker.TrialComponentMetricSummary[] The metrics for the component.
---@field MetadataProperties? awsjobs.sagemaker.MetadataProperties
---@field SourceDetail? awsjobs.sagemaker.TrialComponentSourceDetail Details of the source of the component.
---@field LineageGroupArn? string The Amazon Resource Name (ARN) of the lineage group resource.
---@field Tags? awsjobs.sagemaker.Tag[] The list of tags that are associated with the component.
---@field Parents? awsjobs.sagemaker.Parent[] An array of the parents of the component.
---@field RunName? string The name of the experiment run.

---Represents an input or output artifact of a trial component.
---@class awsjobs.sagemaker.TrialComponentArtifact
---@field MediaType? string The media type of the artifact, which indicates the type of data in the artifact file.
---@field Value string The location of the artifact.

---A summary of the metrics of a trial component.
---@class awsjobs.sagemaker.TrialComponentMetricSummary
---@field MetricName? string The name of the metric.
---@field SourceArn? string The Amazon Resource Name (ARN) of the source.
---@field TimeStamp? awsjobs.Timestamp When the metric was last updated.
---@field Max? number The maximum value of the metric.
---@field Min? number The minimum value of the metric.
---@field Last? number The most recent value of the metric.
---@field Count? integer The number of samples used to generate the metric.
---@field Avg? number The average value of the metric.
---@field StdDev? number The standard deviation of the metric.

---The value of a hyperparameter.
---@class awsjobs.sagemaker.TrialComponentParameterValue
---@field StringValue? string The string value of a categorical hyperparameter.
---@field NumberValue? number The numeric value of a numeric hyperparameter.

---A short summary of a trial component.
---@class awsjobs.sagemaker.TrialComponentSimpleSummary
---@field TrialComponentName? string The name of the trial component.
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field TrialComponentSource? awsjobs.sagemaker.TrialComponentSource
---@field CreationTime? awsjobs.Timestamp When the component was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext

---The Amazon Resource Name (ARN) and job type of the source of a trial component.
---@class awsjobs.sagemaker.TrialComponentSource
---@field SourceArn string The source Amazon Resource Name (ARN).
---@field SourceType? string The source job type.

---Detailed information about the source of a trial component.
---@class awsjobs.sagemaker.TrialComponentSourceDetail
---@field SourceArn? string The Amazon Resource Name (ARN) of the source.
---@field TrainingJob? awsjobs.sagemaker.TrainingJob Information about a training job that's the source of a trial component.
---@field ProcessingJob? awsjobs.sagemaker.ProcessingJob Information about a processing job that's the source of a trial component.
---@field TransformJob? awsjobs.sagemaker.TransformJob Information about a transform job that's the source of a trial component.

---The status of the trial component.
---@class awsjobs.sagemaker.TrialComponentStatus
---@field PrimaryStatus? awsjobs.sagemaker.TrialComponentPrimaryStatus The status of the trial component.
---@field Message? string If the component failed, a message describing why.

---A summary of the properties of a trial component.
---@class awsjobs.sagemaker.TrialComponentSummary
---@field TrialComponentName? string The name of the trial component.
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.
---@field DisplayName? string The name of the component as displayed.
---@field TrialComponentSource? awsjobs.sagemaker.TrialComponentSource
---@field Status? awsjobs.sagemaker.TrialComponentStatus The status of the component.
---@field StartTime? awsjobs.Timestamp When the component started.
---@field EndTime? awsjobs.Timestamp When the component ended.
---@field CreationTime? awsjobs.Timestamp When the component was created.
---@field CreatedBy? awsjobs.sagemaker.UserContext Who created the trial component.
---@field LastModifiedTime? awsjobs.Timestamp When the component was last modified.
---@field LastModifiedBy? awsjobs.sagemaker.UserContext Who last modified the component.

---The source of the trial.
---@class awsjobs.sagemaker.TrialSource
---@field SourceArn string The Amazon Resource Name (ARN) of the source.
---@field SourceType? string The source job type.

---A summary of the properties of a trial.
---@class awsjobs.sagemaker.TrialSummary
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.
---@field TrialName? string The name of the trial.
---@field DisplayName? string The name of the trial as displayed.
---@field TrialSource? awsjobs.sagemaker.TrialSource
---@field CreationTime? awsjobs.Timestamp When the trial was created.
---@field LastModifiedTime? awsjobs.Timestamp When the trial was last modified.

---The Trusted Identity Propagation (TIP) settings for the SageMaker domain.
---@class awsjobs.sagemaker.TrustedIdentityPropagationSettings
---@field Status awsjobs.sagemaker.FeatureStatus The status of Trusted Identity Propagation (TIP) at the SageMaker domain level.

---Time to live duration, where the record is hard deleted after the expiration time is reached; ExpiresAt = EventTime + TtlDuration.
---@class awsjobs.sagemaker.TtlDuration
---@field Unit? awsjobs.sagemaker.TtlDurationUnit TtlDuration time unit.
---@field Value? integer TtlDuration time value.

---The job completion criteria.
---@class awsjobs.sagemaker.TuningJobCompletionCriteria
---@field TargetObjectiveMetricValue? number The value of the objective metric.
---@field BestObjectiveNotImproving? awsjobs.sagemaker.BestObjectiveNotImproving A flag to stop your hyperparameter tuning job if model performance fails to improve as evaluated against an objective function.
---@field ConvergenceDetected? awsjobs.sagemaker.ConvergenceDetected A flag to top your hyperparameter tuning job if automatic model tuning (AMT) has detected that your model has converged as evaluated against your objective...

---Metadata for a tuning step.
---@class awsjobs.sagemaker.TuningJobStepMetaData
---@field Arn? string The Amazon Resource Name (ARN) of the tuning job that was run by this step execution.

---Represents an amount of money in United States dollars.
---@class awsjobs.sagemaker.USD
---@field Dollars? integer The whole number of dollars in the amount.
---@field Cents? integer The fractional portion, in cents, of the amount.
---@field TenthFractionsOfACent? integer Fractions of a cent, in tenths.

---Provided configuration information for the worker UI for a labeling job.
---@class awsjobs.sagemaker.UiConfig
---@field UiTemplateS3Uri? string The Amazon S3 bucket location of the UI template, or worker task template.
---@field HumanTaskUiArn? string The ARN of the worker task template used to render the worker UI and tools for labeling job tasks.

---The Liquid template for the worker user interface.
---@class awsjobs.sagemaker.UiTemplate
---@field Content string The content of the Liquid template for the worker user interface.

---Container for user interface template information.
---@class awsjobs.sagemaker.UiTemplateInfo
---@field Url? string The URL for the user interface template.
---@field ContentSha256? string The SHA-256 digest of the contents of the template.

---Represents a high-performance compute server used for distributed training in SageMaker AI.
---@class awsjobs.sagemaker.UltraServer
---@field UltraServerId string The unique identifier for the UltraServer.
---@field UltraServerType string The type of UltraServer, such as ml.u-p6e-gb200x72.
---@field AvailabilityZone string The name of the Availability Zone where the UltraServer is provisioned.
---@field InstanceType awsjobs.sagemaker.ReservedCapacityInstanceType The Amazon EC2 instance type used in the UltraServer.
---@field TotalInstanceCount integer The total number of instances in this UltraServer.
---@field ConfiguredSpareInstanceCount? integer The number of spare instances configured for this UltraServer to provide enhanced resiliency.
---@field AvailableInstanceCount? integer The number of instances currently available for use in this UltraServer.
---@field InUseInstanceCount? integer The number of instances currently in use in this UltraServer.
---@field AvailableSpareInstanceCount? integer The number of available spare instances in the UltraServer.
---@field UnhealthyInstanceCount? integer The number of instances in this UltraServer that are currently in an unhealthy state.
---@field HealthStatus? awsjobs.sagemaker.UltraServerHealthStatus The overall health status of the UltraServer.

---Contains information about the UltraServer object.
---@class awsjobs.sagemaker.UltraServerInfo
---@field Id? string The unique identifier of the UltraServer.
---@field Type? string The type of the UltraServer.

---A summary of UltraServer resources and their current status.
---@class awsjobs.sagemaker.UltraServerSummary
---@field UltraServerType string The type of UltraServer, such as ml.u-p6e-gb200x72.
---@field InstanceType awsjobs.sagemaker.ReservedCapacityInstanceType The Amazon EC2 instance type used in the UltraServer.
---@field UltraServerCount? integer The number of UltraServers of this type.
---@field AvailableSpareInstanceCount? integer The number of available spare instances in the UltraServers.
---@field UnhealthyInstanceCount? integer The total number of instances across all UltraServers of this type that are currently in an unhealthy state.

---The settings that apply to an Amazon SageMaker AI domain when you use it in Amazon SageMaker Unified Studio.
---@class awsjobs.sagemaker.UnifiedStudioSettings
---@field StudioWebPortalAccess? awsjobs.sagemaker.FeatureStatus Sets whether you can access the domain in Amazon SageMaker Studio:
---@field DomainAccountId? string The ID of the Amazon Web Services account that has the Amazon SageMaker Unified Studio domain.
---@field DomainRegion? string The Amazon Web Services Region where the domain is located in Amazon SageMaker Unified Studio.
---@field DomainId? string The ID of the Amazon SageMaker Unified Studio domain associated with this domain.
---@field ProjectId? string The ID of the Amazon SageMaker Unified Studio project that corresponds to the domain.
---@field EnvironmentId? string The ID of the environment that Amazon SageMaker Unified Studio associates with the domain.
---@field ProjectS3Path? string The location where Amazon S3 stores temporary execution data and other artifacts for the project that corresponds to the domain.
---@field SingleSignOnApplicationArn? string The ARN of the Amazon DataZone application managed by Amazon SageMaker Unified Studio in the Amazon Web Services IAM Identity Center.

---@class awsjobs.sagemaker.UpdateActionRequest
---@field ActionName string The name of the action to update.
---@field Description? string The new description for the action.
---@field Status? awsjobs.sagemaker.ActionStatus The new status for the action.
---@field Properties? table<string, string> The new list of properties.
---@field PropertiesToRemove? string[] A list of properties to remove.

---@class awsjobs.sagemaker.UpdateActionResponse
---@field ActionArn? string The Amazon Resource Name (ARN) of the action.

---@class awsjobs.sagemaker.UpdateAppImageConfigRequest
---@field AppImageConfigName string The name of the AppImageConfig to update.
---@field KernelGatewayImageConfig? awsjobs.sagemaker.KernelGatewayImageConfig The new KernelGateway app to run on the image.
---@field JupyterLabAppImageConfig? awsjobs.sagemaker.JupyterLabAppImageConfig The JupyterLab app running on the image.
---@field CodeEditorAppImageConfig? awsjobs.sagemaker.CodeEditorAppImageConfig The Code Editor app running on the image.

---@class awsjobs.sagemaker.UpdateAppImageConfigResponse
---@field AppImageConfigArn? string The ARN for the AppImageConfig.

---@class awsjobs.sagemaker.UpdateArtifactRequest
---@field ArtifactArn string The Amazon Resource Name (ARN) of the artifact to update.
---@field ArtifactName? string The new name for the artifact.
---@field Properties? table<string, string> The new list of properties.
---@field PropertiesToRemove? string[] A list of properties to remove.

---@class awsjobs.sagemaker.UpdateArtifactResponse
---@field ArtifactArn? string The Amazon Resource Name (ARN) of the artifact.

---@class awsjobs.sagemaker.UpdateClusterRequest
---@field ClusterName string Specify the name of the SageMaker HyperPod cluster you want to update.
---@field InstanceGroups? awsjobs.sagemaker.ClusterInstanceGroupSpecification[] Specify the instance groups to update.
---@field RestrictedInstanceGroups? awsjobs.sagemaker.ClusterRestrictedInstanceGroupSpecification[] The specialized instance groups for training models like Amazon Nova to be created in the SageMaker HyperPod cluster.
---@field TieredStorageConfig? awsjobs.sagemaker.ClusterTieredStorageConfig Updates the configuration for managed tier checkpointing on the HyperPod cluster.
---@field NodeRecovery? awsjobs.sagemaker.ClusterNodeRecovery The node recovery mode to be applied to the SageMaker HyperPod cluster.
---@field InstanceGroupsToDelete? string[] Specify the names of the instance groups to delete.
---@field NodeProvisioningMode? awsjobs.sagemaker.ClusterNodeProvisioningMode Determines how instance provisioning is handled during cluster operations.
---@field ClusterRole? string The Amazon Resource Name (ARN) of the IAM role that HyperPod assumes for cluster autoscaling operations.
---@field AutoScaling? awsjobs.sagemaker.ClusterAutoScalingConfig Updates the autoscaling configuration for the cluster.
---@field Orchestrator? awsjobs.sagemaker.ClusterOrchestrator

---@class awsjobs.sagemaker.UpdateClusterResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the updated SageMaker HyperPod cluster.

---@class awsjobs.sagemaker.UpdateClusterSchedulerConfigRequest
---@field ClusterSchedulerConfigId string ID of the cluster policy.
---@field TargetVersion integer Target version.
---@field SchedulerConfig? awsjobs.sagemaker.SchedulerConfig Cluster policy configuration.
---@field Description? string Description of the cluster policy.

---@class awsjobs.sagemaker.UpdateClusterSchedulerConfigResponse
---@field ClusterSchedulerConfigArn string ARN of the cluster policy.
---@field ClusterSchedulerConfigVersion integer Version of the cluster policy.

---The configuration that describes specifications of the instance groups to update.
---@class awsjobs.sagemaker.UpdateClusterSoftwareInstanceGroupSpecification
---@field InstanceGroupName string The name of the instance group to update.

---@class awsjobs.sagemaker.UpdateClusterSoftwareRequest
---@field ClusterName string Specify the name or the Amazon Resource Name (ARN) of the SageMaker HyperPod cluster you want to update for security patching.
---@field InstanceGroups? awsjobs.sagemaker.UpdateClusterSoftwareInstanceGroupSpecification[] The array of instance groups for which to update AMI versions.
---@field DeploymentConfig? awsjobs.sagemaker.DeploymentConfiguration The configuration to use when updating the AMI versions.
---@field ImageId? string When configuring your HyperPod cluster, you can specify an image ID using one of the following options:

---@class awsjobs.sagemaker.UpdateClusterSoftwareResponse
---@field ClusterArn string The Amazon Resource Name (ARN) of the SageMaker HyperPod cluster being updated for security patching.

---@class awsjobs.sagemaker.UpdateCodeRepositoryInput
---@field CodeRepositoryName string The name of the Git repository to update.
---@field GitConfig? awsjobs.sagemaker.GitConfigForUpdate The configuration of the git repository, including the URL and the Amazon Resource Name (ARN) of the Amazon Web Services Secrets Manager secret that...

---@class awsjobs.sagemaker.UpdateCodeRepositoryOutput
---@field CodeRepositoryArn string The ARN of the Git repository.

---@class awsjobs.sagemaker.UpdateComputeQuotaRequest
---@field ComputeQuotaId string ID of the compute allocation definition.
---@field TargetVersion integer Target version.
---@field ComputeQuotaConfig? awsjobs.sagemaker.ComputeQuotaConfig Configuration of the compute allocation definition.
---@field ComputeQuotaTarget? awsjobs.sagemaker.ComputeQuotaTarget The target entity to allocate compute resources to.
---@field ActivationState? awsjobs.sagemaker.ActivationState The state of the compute allocation being described.
---@field Description? string Description of the compute allocation definition.

---@class awsjobs.sagemaker.UpdateComputeQuotaResponse
---@field ComputeQuotaArn string ARN of the compute allocation definition.
---@field ComputeQuotaVersion integer Version of the compute allocation definition.

---@class awsjobs.sagemaker.UpdateContextRequest
---@field ContextName string The name of the context to update.
---@field Description? string The new description for the context.
---@field Properties? table<string, string> The new list of properties.
---@field PropertiesToRemove? string[] A list of properties to remove.

---@class awsjobs.sagemaker.UpdateContextResponse
---@field ContextArn? string The Amazon Resource Name (ARN) of the context.

---@class awsjobs.sagemaker.UpdateDeviceFleetRequest
---@field DeviceFleetName string The name of the fleet.
---@field RoleArn? string The Amazon Resource Name (ARN) of the device.
---@field Description? string Description of the fleet.
---@field OutputConfig awsjobs.sagemaker.EdgeOutputConfig Output configuration for storing sample data collected by the fleet.
---@field EnableIotRoleAlias? boolean Whether to create an Amazon Web Services IoT Role Alias during device fleet creation.

---@class awsjobs.sagemaker.UpdateDevicesRequest
---@field DeviceFleetName string The name of the fleet the devices belong to.
---@field Devices awsjobs.sagemaker.Device[] List of devices to register with Edge Manager agent.

---@class awsjobs.sagemaker.UpdateDomainRequest
---@field DomainId string The ID of the domain to be updated.
---@field DefaultUserSettings? awsjobs.sagemaker.UserSettings A collection of settings.
---@field DomainSettingsForUpdate? awsjobs.sagemaker.DomainSettingsForUpdate A collection of DomainSettings configuration values to update.
---@field AppSecurityGroupManagement? awsjobs.sagemaker.AppSecurityGroupManagement The entity that creates and manages the required security groups for inter-app communication in VPCOnly mode.
---@field DefaultSpaceSettings? awsjobs.sagemaker.DefaultSpaceSettings The default settings for shared spaces that users create in the domain.
---@field SubnetIds? string[] The VPC subnets that Studio uses for communication.
---@field AppNetworkAccessType? awsjobs.sagemaker.AppNetworkAccessType Specifies the VPC used for non-EFS traffic.
---@field TagPropagation? awsjobs.sagemaker.TagPropagation Indicates whether custom tag propagation is supported for the domain.
---@field VpcId? string The identifier for the VPC used by the domain for network communication.

---@class awsjobs.sagemaker.UpdateDomainResponse
---@field DomainArn? string The Amazon Resource Name (ARN) of the domain.

---@class awsjobs.sagemaker.UpdateEndpointInput
---@field EndpointName string The name of the endpoint whose configuration you want to update.
---@field EndpointConfigName string The name of the new endpoint configuration.
---@field RetainAllVariantProperties? boolean When updating endpoint resources, enables or disables the retention of variant properties, such as the instance count or the variant weight.
---@field ExcludeRetainedVariantProperties? awsjobs.sagemaker.VariantProperty[] When you are updating endpoint resources with RetainAllVariantProperties, whose value is set to true, ExcludeRetainedVariantProperties specifies the list of...
---@field DeploymentConfig? awsjobs.sagemaker.DeploymentConfig The deployment configuration for an endpoint, which contains the desired deployment strategy and rollback configurations.
---@field RetainDeploymentConfig? boolean Specifies whether to reuse the last deployment configuration.

---@class awsjobs.sagemaker.UpdateEndpointOutput
---@field EndpointArn string The Amazon Resource Name (ARN) of the endpoint.

---@class awsjobs.sagemaker.UpdateEndpointWeightsAndCapacitiesInput
---@field EndpointName string The name of an existing SageMaker endpoint.
---@field DesiredWeightsAndCapacities awsjobs.sagemaker.DesiredWeightAndCapacity[] An object that provides new capacity and weight values for a variant.

---@class awsjobs.sagemaker.UpdateEndpointWeightsAndCapacitiesOutput
---@field EndpointArn string The Amazon Resource Name (ARN) of the updated endpoint.

---@class awsjobs.sagemaker.UpdateExperimentRequest
---@field ExperimentName string The name of the experiment to update.
---@field DisplayName? string The name of the experiment as displayed.
---@field Description? string The description of the experiment.

---@class awsjobs.sagemaker.UpdateExperimentResponse
---@field ExperimentArn? string The Amazon Resource Name (ARN) of the experiment.

---@class awsjobs.sagemaker.UpdateFeatureGroupRequest
---@field FeatureGroupName string The name or Amazon Resource Name (ARN) of the feature group that you're updating.
---@field FeatureAdditions? awsjobs.sagemaker.FeatureDefinition[] Updates the feature group.
---@field OnlineStoreConfig? awsjobs.sagemaker.OnlineStoreConfigUpdate Updates the feature group online store configuration.
---@field ThroughputConfig? awsjobs.sagemaker.ThroughputConfigUpdate

---@class awsjobs.sagemaker.UpdateFeatureGroupResponse
---@field FeatureGroupArn string The Amazon Resource Number (ARN) of the feature group that you're updating.

---@class awsjobs.sagemaker.UpdateFeatureMetadataRequest
---@field FeatureGroupName string The name or Amazon Resource Name (ARN) of the feature group containing the feature that you're updating.
---@field FeatureName string The name of the feature that you're updating.
---@field Description? string A description that you can write to better describe the feature.
---@field ParameterAdditions? awsjobs.sagemaker.FeatureParameter[] A list of key-value pairs that you can add to better describe the feature.
---@field ParameterRemovals? string[] A list of parameter keys that you can specify to remove parameters that describe your feature.

---@class awsjobs.sagemaker.UpdateHubContentReferenceRequest
---@field HubName string The name of the SageMaker hub that contains the hub content you want to update.
---@field HubContentName string The name of the hub content resource that you want to update.
---@field HubContentType awsjobs.sagemaker.HubContentType The content type of the resource that you want to update.
---@field MinVersion? string The minimum hub content version of the referenced model that you want to use.

---@class awsjobs.sagemaker.UpdateHubContentReferenceResponse
---@field HubArn string The ARN of the private model hub that contains the updated hub content.
---@field HubContentArn string The ARN of the hub content resource that was updated.

---@class awsjobs.sagemaker.UpdateHubContentRequest
---@field HubName string The name of the SageMaker hub that contains the hub content you want to update.
---@field HubContentName string The name of the hub content resource that you want to update.
---@field HubContentType awsjobs.sagemaker.HubContentType The content type of the resource that you want to update.
---@field HubContentVersion string The hub content version that you want to update.
---@field HubContentDisplayName? string The display name of the hub content.
---@field HubContentDescription? string The description of the hub content.
---@field HubContentMarkdown? string A string that provides a description of the hub content.
---@field HubContentSearchKeywords? string[] The searchable keywords of the hub content.
---@field SupportStatus? awsjobs.sagemaker.HubContentSupportStatus Indicates the current status of the hub content resource.

---@class awsjobs.sagemaker.UpdateHubContentResponse
---@field HubArn string The ARN of the private model hub that contains the updated hub content.
---@field HubContentArn string The ARN of the hub content resource that was updated.

---@class awsjobs.sagemaker.UpdateHubRequest
---@field HubName string The name of the hub to update.
---@field HubDescription? string A description of the updated hub.
---@field HubDisplayName? string The display name of the hub.
---@field HubSearchKeywords? string[] The searchable keywords for the hub.

---@class awsjobs.sagemaker.UpdateHubResponse
---@field HubArn string The Amazon Resource Name (ARN) of the updated hub.

---@class awsjobs.sagemaker.UpdateImageRequest
---@field DeleteProperties? string[] A list of properties to delete.
---@field Description? string The new description for the image.
---@field DisplayName? string The new display name for the image.
---@field ImageName string The name of the image to update.
---@field RoleArn? string The new ARN for the IAM role that enables Amazon SageMaker AI to perform tasks on your behalf.

---@class awsjobs.sagemaker.UpdateImageResponse
---@field ImageArn? string The ARN of the image.

---@class awsjobs.sagemaker.UpdateImageVersionRequest
---@field ImageName string The name of the image.
---@field Alias? string The alias of the image version.
---@field Version? integer The version of the image.
---@field AliasesToAdd? string[] A list of aliases to add.
---@field AliasesToDelete? string[] A list of aliases to delete.
---@field VendorGuidance? awsjobs.sagemaker.VendorGuidance The availability of the image version specified by the maintainer.
---@field JobType? awsjobs.sagemaker.JobType Indicates SageMaker AI job type compatibility.
---@field MLFramework? string The machine learning framework vended in the image version.
---@field ProgrammingLang? string The supported programming language and its version.
---@field Processor? awsjobs.sagemaker.Processor Indicates CPU or GPU compatibility.
---@field Horovod? boolean Indicates Horovod compatibility.
---@field ReleaseNotes? string The maintainer description of the image version.

---@class awsjobs.sagemaker.UpdateImageVersionResponse
---@field ImageVersionArn? string The ARN of the image version.

---@class awsjobs.sagemaker.UpdateInferenceComponentInput
---@field InferenceComponentName string The name of the inference component.
---@field Specification? awsjobs.sagemaker.InferenceComponentSpecification Details about the resources to deploy with this inference component, including the model, container, and compute resources.
---@field Specifications? awsjobs.sagemaker.InferenceComponentSpecification[] A list of specification objects for the inference component, one per instance type.
---@field RuntimeConfig? awsjobs.sagemaker.InferenceComponentRuntimeConfig Runtime settings for a model that is deployed with an inference component.
---@field DeploymentConfig? awsjobs.sagemaker.InferenceComponentDeploymentConfig The deployment configuration for the inference component.

---@class awsjobs.sagemaker.UpdateInferenceComponentOutput
---@field InferenceComponentArn string The Amazon Resource Name (ARN) of the inference component.

---@class awsjobs.sagemaker.UpdateInferenceComponentRuntimeConfigInput
---@field InferenceComponentName string The name of the inference component to update.
---@field DesiredRuntimeConfig awsjobs.sagemaker.InferenceComponentRuntimeConfig Runtime settings for a model that is deployed with an inference component.

---@class awsjobs.sagemaker.UpdateInferenceComponentRuntimeConfigOutput
---@field InferenceComponentArn string The Amazon Resource Name (ARN) of the inference component.

---@class awsjobs.sagemaker.UpdateInferenceExperimentRequest
---@field Name string The name of the inference experiment to be updated.
---@field Schedule? awsjobs.sagemaker.InferenceExperimentSchedule The duration for which the inference experiment will run.
---@field Description? string The description of the inference experiment.
---@field ModelVariants? awsjobs.sagemaker.ModelVariantConfig[] An array of ModelVariantConfig objects.
---@field DataStorageConfig? awsjobs.sagemaker.InferenceExperimentDataStorageConfig The Amazon S3 location and configuration for storing inference request and response data.
---@field ShadowModeConfig? awsjobs.sagemaker.ShadowModeConfig The configuration of ShadowMode inference experiment type.

---@class awsjobs.sagemaker.UpdateInferenceExperimentResponse
---@field InferenceExperimentArn string The ARN of the updated inference experiment.

---@class awsjobs.sagemaker.UpdateMlflowAppRequest
---@field Arn string The ARN of the MLflow App to update.
---@field Name? string The name of the MLflow App to update.
---@field ArtifactStoreUri? string The new S3 URI for the general purpose bucket to use as the artifact store for the MLflow App.
---@field ModelRegistrationMode? awsjobs.sagemaker.ModelRegistrationMode Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model Registry.
---@field WeeklyMaintenanceWindowStart? string The new weekly maintenance window start day and time to update.
---@field DefaultDomainIdList? string[] List of SageMaker Domain IDs for which this MLflow App is the default.
---@field AccountDefaultStatus? awsjobs.sagemaker.AccountDefaultStatus Indicates whether this this MLflow App is the default for the account.

---@class awsjobs.sagemaker.UpdateMlflowAppResponse
---@field Arn? string The ARN of the updated MLflow App.

---@class awsjobs.sagemaker.UpdateMlflowTrackingServerRequest
---@field TrackingServerName string The name of the MLflow Tracking Server to update.
---@field ArtifactStoreUri? string The new S3 URI for the general purpose bucket to use as the artifact store for the MLflow Tracking Server.
---@field TrackingServerSize? awsjobs.sagemaker.TrackingServerSize The new size for the MLflow Tracking Server.
---@field AutomaticModelRegistration? boolean Whether to enable or disable automatic registration of new MLflow models to the SageMaker Model Registry.
---@field WeeklyMaintenanceWindowStart? string The new weekly maintenance window start day and time to update.
---@field S3BucketOwnerAccountId? string The new expected Amazon Web Services account ID that owns the Amazon S3 bucket for artifact storage.
---@field S3BucketOwnerVerification? boolean Whether to enable or disable Amazon S3 Bucket Owenrship Verifaction whenever the MLflow Tracking Server interacts with Amazon Amazon S3.

---@class awsjobs.sagemaker.UpdateMlflowTrackingServerResponse
---@field TrackingServerArn? string The ARN of the updated MLflow Tracking Server.

---@class awsjobs.sagemaker.UpdateModelCardRequest
---@field ModelCardName string The name or Amazon Resource Name (ARN) of the model card to update.
---@field Content? string The updated model card content.
---@field ModelCardStatus? awsjobs.sagemaker.ModelCardStatus The approval status of the model card within your organization.

---@class awsjobs.sagemaker.UpdateModelCardResponse
---@field ModelCardArn string The Amazon Resource Name (ARN) of the updated model card.

---@class awsjobs.sagemaker.UpdateModelPackageInput
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the model package.
---@field ModelApprovalStatus? awsjobs.sagemaker.ModelApprovalStatus The approval status of the model.
---@field ModelPackageRegistrationType? awsjobs.sagemaker.ModelPackageRegistrationType The package registration type of the model package input.
---@field ApprovalDescription? string A description for the approval status of the model.
---@field CustomerMetadataProperties? table<string, string> The metadata properties associated with the model package versions.
---@field CustomerMetadataPropertiesToRemove? string[] The metadata properties associated with the model package versions to remove.
---@field AdditionalInferenceSpecificationsToAdd? awsjobs.sagemaker.AdditionalInferenceSpecificationDefinition[] An array of additional Inference Specification objects to be added to the existing array additional Inference Specification.
---@field InferenceSpecification? awsjobs.sagemaker.InferenceSpecification Specifies details about inference jobs that you can run with models based on this model package, including the following information:
---@field SourceUri? string The URI of the source for the model package.
---@field ModelCard? awsjobs.sagemaker.ModelPackageModelCard The model card associated with the model package.
---@field ModelLifeCycle? awsjobs.sagemaker.ModelLifeCycle A structure describing the current state of the model in its life cycle.
---@field ClientToken? string A unique token that guarantees that the call to this API is idempotent.

---@class awsjobs.sagemaker.UpdateModelPackageOutput
---@field ModelPackageArn string The Amazon Resource Name (ARN) of the model.

---@class awsjobs.sagemaker.UpdateMonitoringAlertRequest
---@field MonitoringScheduleName string The name of a monitoring schedule.
---@field MonitoringAlertName string The name of a monitoring alert.
---@field DatapointsToAlert integer Within EvaluationPeriod, how many execution failures will raise an alert.
---@field EvaluationPeriod integer The number of most recent monitoring executions to consider when evaluating alert status.

---@class awsjobs.sagemaker.UpdateMonitoringAlertResponse
---@field MonitoringScheduleArn string The Amazon Resource Name (ARN) of the monitoring schedule.
---@field MonitoringAlertName? string The name of a monitoring alert.

---@class awsjobs.sagemaker.UpdateMonitoringScheduleRequest
---@field MonitoringScheduleName string The name of the monitoring schedule.
---@field MonitoringScheduleConfig awsjobs.sagemaker.MonitoringScheduleConfig The configuration object that specifies the monitoring schedule and defines the monitoring job.

---@class awsjobs.sagemaker.UpdateMonitoringScheduleResponse
---@field MonitoringScheduleArn string The Amazon Resource Name (ARN) of the monitoring schedule.

---@class awsjobs.sagemaker.UpdateNotebookInstanceInput
---@field NotebookInstanceName string The name of the notebook instance to update.
---@field InstanceType? awsjobs.sagemaker.InstanceType The Amazon ML compute instance type.
---@field IpAddressType? awsjobs.sagemaker.IPAddressType The IP address type for the notebook instance.
---@field PlatformIdentifier? string The platform identifier of the notebook instance runtime environment.
---@field RoleArn? string The Amazon Resource Name (ARN) of the IAM role that SageMaker AI can assume to access the notebook instance.
---@field LifecycleConfigName? string The name of a lifecycle configuration to associate with the notebook instance.
---@field DisassociateLifecycleConfig? boolean Set to true to remove the notebook instance lifecycle configuration currently associated with the notebook instance.
---@field VolumeSizeInGB? integer The size, in GB, of the ML storage volume to attach to the notebook instance.
---@field DefaultCodeRepository? string The Git repository to associate with the notebook instance as its default code repository.
---@field AdditionalCodeRepositories? string[] An array of up to three Git repositories to associate with the notebook instance.
---@field AcceleratorTypes? awsjobs.sagemaker.NotebookInstanceAcceleratorType[] This parameter is no longer supported.
---@field DisassociateAcceleratorTypes? boolean This parameter is no longer supported.
---@field DisassociateDefaultCodeRepository? boolean The name or URL of the default Git repository to remove from this notebook instance.
---@field DisassociateAdditionalCodeRepositories? boolean A list of names or URLs of the default Git repositories to remove from this notebook instance.
---@field RootAccess? awsjobs.sagemaker.RootAccess Whether root access is enabled or disabled for users of the notebook instance.
---@field InstanceMetadataServiceConfiguration? awsjobs.sagemaker.InstanceMetadataServiceConfiguration Information on the IMDS configuration of the notebook instance

---@class awsjobs.sagemaker.UpdateNotebookInstanceLifecycleConfigInput
---@field NotebookInstanceLifecycleConfigName string The name of the lifecycle configuration.
---@field OnCreate? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] The shell script that runs only once, when you create a notebook instance.
---@field OnStart? awsjobs.sagemaker.NotebookInstanceLifecycleHook[] The shell script that runs every time you start a notebook instance, including when you create the notebook instance.

---@class awsjobs.sagemaker.UpdateNotebookInstanceLifecycleConfigOutput

---@class awsjobs.sagemaker.UpdateNotebookInstanceOutput

---@class awsjobs.sagemaker.UpdatePartnerAppRequest
---@field Arn string The ARN of the SageMaker Partner AI App to update.
---@field MaintenanceConfig? awsjobs.sagemaker.PartnerAppMaintenanceConfig Maintenance configuration settings for the SageMaker Partner AI App.
---@field Tier? string Indicates the instance type and size of the cluster attached to the SageMaker Partner AI App.
---@field ApplicationConfig? awsjobs.sagemaker.PartnerAppConfig Configuration settings for the SageMaker Partner AI App.
---@field EnableIamSessionBasedIdentity? boolean When set to TRUE, the SageMaker Partner AI App sets the Amazon Web Services IAM session name or the authenticated IAM user as the identity of the SageMaker...
---@field EnableAutoMinorVersionUpgrade? boolean When set to TRUE, the SageMaker Partner AI App is automatically upgraded to the latest minor version during the next scheduled maintenance window, if one is...
---@field AppVersion? string The semantic version to upgrade the SageMaker Partner AI App to.
---@field ClientToken? string A unique token that guarantees that the call to this API is idempotent.
---@field Tags? awsjobs.sagemaker.Tag[] Each tag consists of a key and an optional value.

---@class awsjobs.sagemaker.UpdatePartnerAppResponse
---@field Arn? string The ARN of the SageMaker Partner AI App that was updated.

---@class awsjobs.sagemaker.UpdatePipelineExecutionRequest
---@field PipelineExecutionArn string The Amazon Resource Name (ARN) of the pipeline execution.
---@field PipelineExecutionDescription? string The description of the pipeline execution.
---@field PipelineExecutionDisplayName? string The display name of the pipeline execution.
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration This configuration, if specified, overrides the parallelism configuration of the parent pipeline for this specific run.

---@class awsjobs.sagemaker.UpdatePipelineExecutionResponse
---@field PipelineExecutionArn? string The Amazon Resource Name (ARN) of the updated pipeline execution.

---@class awsjobs.sagemaker.UpdatePipelineRequest
---@field PipelineName string The name of the pipeline to update.
---@field PipelineDisplayName? string The display name of the pipeline.
---@field PipelineDefinition? string The JSON pipeline definition.
---@field PipelineDefinitionS3Location? awsjobs.sagemaker.PipelineDefinitionS3Location The location of the pipeline definition stored in Amazon S3.
---@field PipelineDescription? string The description of the pipeline.
---@field RoleArn? string The Amazon Resource Name (ARN) that the pipeline uses to execute.
---@field ParallelismConfiguration? awsjobs.sagemaker.ParallelismConfiguration If specified, it applies to all executions of this pipeline by default.

---@class awsjobs.sagemaker.UpdatePipelineResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the updated pipeline.
---@field PipelineVersionId? integer The ID of the pipeline version.

---@class awsjobs.sagemaker.UpdatePipelineVersionRequest
---@field PipelineArn string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineVersionId integer The pipeline version ID to update.
---@field PipelineVersionDisplayName? string The display name of the pipeline version.
---@field PipelineVersionDescription? string The description of the pipeline version.

---@class awsjobs.sagemaker.UpdatePipelineVersionResponse
---@field PipelineArn? string The Amazon Resource Name (ARN) of the pipeline.
---@field PipelineVersionId? integer The ID of the pipeline version.

---@class awsjobs.sagemaker.UpdateProjectInput
---@field ProjectName string The name of the project.
---@field ProjectDescription? string The description for the project.
---@field ServiceCatalogProvisioningUpdateDetails? awsjobs.sagemaker.ServiceCatalogProvisioningUpdateDetails The product ID and provisioning artifact ID to provision a service catalog.
---@field Tags? awsjobs.sagemaker.Tag[] An array of key-value pairs.
---@field TemplateProvidersToUpdate? awsjobs.sagemaker.UpdateTemplateProvider[] The template providers to update in the project.

---@class awsjobs.sagemaker.UpdateProjectOutput
---@field ProjectArn string The Amazon Resource Name (ARN) of the project.

---@class awsjobs.sagemaker.UpdateSpaceRequest
---@field DomainId string The ID of the associated domain.
---@field SpaceName string The name of the space.
---@field SpaceSettings? awsjobs.sagemaker.SpaceSettings A collection of space settings.
---@field SpaceDisplayName? string The name of the space that appears in the Amazon SageMaker Studio UI.

---@class awsjobs.sagemaker.UpdateSpaceResponse
---@field SpaceArn? string The space's Amazon Resource Name (ARN).

---Contains configuration details for updating an existing template provider in the project.
---@class awsjobs.sagemaker.UpdateTemplateProvider
---@field CfnTemplateProvider? awsjobs.sagemaker.CfnUpdateTemplateProvider The CloudFormation template provider configuration to update.

---@class awsjobs.sagemaker.UpdateTrainingJobRequest
---@field TrainingJobName string The name of a training job to update the Debugger profiling configuration.
---@field ProfilerConfig? awsjobs.sagemaker.ProfilerConfigForUpdate Configuration information for Amazon SageMaker Debugger system monitoring, framework profiling, and storage paths.
---@field ProfilerRuleConfigurations? awsjobs.sagemaker.ProfilerRuleConfiguration[] Configuration information for Amazon SageMaker Debugger rules for profiling system and framework metrics.
---@field ResourceConfig? awsjobs.sagemaker.ResourceConfigForUpdate The training job ResourceConfig to update warm pool retention length.
---@field RemoteDebugConfig? awsjobs.sagemaker.RemoteDebugConfigForUpdate Configuration for remote debugging while the training job is running.

---@class awsjobs.sagemaker.UpdateTrainingJobResponse
---@field TrainingJobArn string The Amazon Resource Name (ARN) of the training job.

---@class awsjobs.sagemaker.UpdateTrialComponentRequest
---@field TrialComponentName string The name of the component to update.
---@field DisplayName? string The name of the component as displayed.
---@field Status? awsjobs.sagemaker.TrialComponentStatus The new status of the component.
---@field StartTime? awsjobs.Timestamp When the component started.
---@field EndTime? awsjobs.Timestamp When the component ended.
---@field Parameters? table<string, awsjobs.sagemaker.TrialComponentParameterValue> Replaces all of the component's hyperparameters with the specified hyperparameters or add new hyperparameters.
---@field ParametersToRemove? string[] The hyperparameters to remove from the component.
---@field InputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> Replaces all of the component's input artifacts with the specified artifacts or adds new input artifacts.
---@field InputArtifactsToRemove? string[] The input artifacts to remove from the component.
---@field OutputArtifacts? table<string, awsjobs.sagemaker.TrialComponentArtifact> Replaces all of the component's output artifacts with the specified artifacts or adds new output artifacts.
---@field OutputArtifactsToRemove? string[] The output artifacts to remove from the component.

---@class awsjobs.sagemaker.UpdateTrialComponentResponse
---@field TrialComponentArn? string The Amazon Resource Name (ARN) of the trial component.

---@class awsjobs.sagemaker.UpdateTrialRequest
---@field TrialName string The name of the trial to update.
---@field DisplayName? string The name of the trial as displayed.

---@class awsjobs.sagemaker.UpdateTrialResponse
---@field TrialArn? string The Amazon Resource Name (ARN) of the trial.

---@class awsjobs.sagemaker.UpdateUserProfileRequest
---@field DomainId string The domain ID.
---@field UserProfileName string The user profile name.
---@field UserSettings? awsjobs.sagemaker.UserSettings A collection of settings.

---@class awsjobs.sagemaker.UpdateUserProfileResponse
---@field UserProfileArn? string The user profile Amazon Resource Name (ARN).

---@class awsjobs.sagemaker.UpdateWorkforceRequest
---@field WorkforceName string The name of the private workforce that you want to update.
---@field SourceIpConfig? awsjobs.sagemaker.SourceIpConfig A list of one to ten worker IP address ranges (CIDRs) that can be used to access tasks assigned to this workforce.
---@field OidcConfig? awsjobs.sagemaker.OidcConfig Use this parameter to update your OIDC Identity Provider (IdP) configuration for a workforce made using your own IdP.
---@field WorkforceVpcConfig? awsjobs.sagemaker.WorkforceVpcConfigRequest Use this parameter to update your VPC configuration for a workforce.
---@field IpAddressType? awsjobs.sagemaker.WorkforceIpAddressType Use this parameter to specify whether you want IPv4 only or dualstack (IPv4 and IPv6) to support your labeling workforce.

---@class awsjobs.sagemaker.UpdateWorkforceResponse
---@field Workforce awsjobs.sagemaker.Workforce A single private workforce.

---@class awsjobs.sagemaker.UpdateWorkteamRequest
---@field WorkteamName string The name of the work team to update.
---@field MemberDefinitions? awsjobs.sagemaker.MemberDefinition[] A list of MemberDefinition objects that contains objects that identify the workers that make up the work team.
---@field Description? string An updated description for the work team.
---@field NotificationConfiguration? awsjobs.sagemaker.NotificationConfiguration Configures SNS topic notifications for available or expiring work items
---@field WorkerAccessConfiguration? awsjobs.sagemaker.WorkerAccessConfiguration Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address using supported IAM global condition keys.

---@class awsjobs.sagemaker.UpdateWorkteamResponse
---@field Workteam awsjobs.sagemaker.Workteam A Workteam object that describes the updated work team.

---Information about the user who created or modified a SageMaker resource.
---@class awsjobs.sagemaker.UserContext
---@field UserProfileArn? string The Amazon Resource Name (ARN) of the user's profile.
---@field UserProfileName? string The name of the user's profile.
---@field DomainId? string The domain associated with the user.
---@field IamIdentity? awsjobs.sagemaker.IamIdentity The IAM Identity details associated with the user.

---The user profile details.
---@class awsjobs.sagemaker.UserProfileDetails
---@field DomainId? string The domain ID.
---@field UserProfileName? string The user profile name.
---@field Status? awsjobs.sagemaker.UserProfileStatus The status.
---@field CreationTime? awsjobs.Timestamp The creation time.
---@field LastModifiedTime? awsjobs.Timestamp The last modified time.

---A collection of settings that apply to users in a domain.
---@class awsjobs.sagemaker.UserSettings
---@field ExecutionRole? string The execution role for the user.
---@field SecurityGroups? string[] The security groups for the Amazon Virtual Private Cloud (VPC) that the domain uses for communication.
---@field SharingSettings? awsjobs.sagemaker.SharingSettings Specifies options for sharing Amazon SageMaker AI Studio notebooks.
---@field JupyterServerAppSettings? awsjobs.sagemaker.JupyterServerAppSettings The Jupyter server's app settings.
---@field KernelGatewayAppSettings? awsjobs.sagemaker.KernelGatewayAppSettings The kernel gateway app settings.
---@field TensorBoardAppSettings? awsjobs.sagemaker.TensorBoardAppSettings The TensorBoard app settings.
---@field RStudioServerProAppSettings? awsjobs.sagemaker.RStudioServerProAppSettings A collection of settings that configure user interaction with the RStudioServerPro app.
---@field RSessionAppSettings? awsjobs.sagemaker.RSessionAppSettings A collection of settings that configure the RSessionGateway app.
---@field CanvasAppSettings? awsjobs.sagemaker.CanvasAppSettings The Canvas app settings.
---@field CodeEditorAppSettings? awsjobs.sagemaker.CodeEditorAppSettings The Code Editor application settings.
---@field JupyterLabAppSettings? awsjobs.sagemaker.JupyterLabAppSettings The settings for the JupyterLab application.
---@field SpaceStorageSettings? awsjobs.sagemaker.DefaultSpaceStorageSettings The storage settings for a space.
---@field DefaultLandingUri? string The default experience that the user is directed to when accessing the domain.
---@field StudioWebPortal? awsjobs.sagemaker.StudioWebPortal Whether the user can access Studio.
---@field CustomPosixUserConfig? awsjobs.sagemaker.CustomPosixUserConfig Details about the POSIX identity that is used for file system operations.
---@field CustomFileSystemConfigs? awsjobs.sagemaker.CustomFileSystemConfig[] The settings for assigning a custom file system to a user profile.
---@field StudioWebPortalSettings? awsjobs.sagemaker.StudioWebPortalSettings Studio settings.
---@field AutoMountHomeEFS? awsjobs.sagemaker.AutoMountHomeEFS Indicates whether auto-mounting of an EFS volume is supported for the user profile.

---Specifies a production variant property type for an Endpoint.
---@class awsjobs.sagemaker.VariantProperty
---@field VariantPropertyType awsjobs.sagemaker.VariantPropertyType The type of variant property.

---Configuration for your vector collection type.
---@class awsjobs.sagemaker.VectorConfig
---@field Dimension integer The number of elements in your vector.

---A lineage entity connected to the starting entity(ies).
---@class awsjobs.sagemaker.Vertex
---@field Arn? string The Amazon Resource Name (ARN) of the lineage entity resource.
---@field Type? string The type of the lineage entity resource.
---@field LineageType? awsjobs.sagemaker.LineageType The type of resource of the lineage entity.

---The list of key-value pairs used to filter your search results.
---@class awsjobs.sagemaker.VisibilityConditions
---@field Key? string The key that specifies the tag that you're using to filter the search results.
---@field Value? string The value for the tag that you're using to filter the search results.

---Specifies an Amazon Virtual Private Cloud (VPC) that your SageMaker jobs, hosted models, and compute resources have access to.
---@class awsjobs.sagemaker.VpcConfig
---@field SecurityGroupIds string[] The VPC security group IDs, in the form sg-xxxxxxxx.
---@field Subnets string[] The ID of the subnets in the VPC to which you want to connect your training job or model.

---Status and billing information about the warm pool.
---@class awsjobs.sagemaker.WarmPoolStatus
---@field Status awsjobs.sagemaker.WarmPoolResourceStatus The status of the warm pool.
---@field ResourceRetainedBillableTimeInSeconds? integer The billable time in seconds used by the warm pool.
---@field ReusedByJob? string The name of the matching training job that reused the warm pool.

---Use this optional parameter to constrain access to an Amazon S3 resource based on the IP address using supported IAM global condition keys.
---@class awsjobs.sagemaker.WorkerAccessConfiguration
---@field S3Presign? awsjobs.sagemaker.S3Presign Defines any Amazon S3 resource constraints.

---A single private workforce, which is automatically created when you create your first private work team.
---@class awsjobs.sagemaker.Workforce
---@field WorkforceName string The name of the private workforce.
---@field WorkforceArn string The Amazon Resource Name (ARN) of the private workforce.
---@field LastUpdatedDate? awsjobs.Timestamp The most recent date that UpdateWorkforce was used to successfully add one or more IP address ranges (CIDRs) to a private workforce's allow list.
---@field SourceIpConfig? awsjobs.sagemaker.SourceIpConfig A list of one to ten IP address ranges (CIDRs) to be added to the workforce allow list.
---@field SubDomain? string The subdomain for your OIDC Identity Provider.
---@field CognitoConfig? awsjobs.sagemaker.CognitoConfig The configuration of an Amazon Cognito workforce.
---@field OidcConfig? awsjobs.sagemaker.OidcConfigForResponse The configuration of an OIDC Identity Provider (IdP) private workforce.
---@field CreateDate? awsjobs.Timestamp The date that the workforce is created.
---@field WorkforceVpcConfig? awsjobs.sagemaker.WorkforceVpcConfigResponse The configuration of a VPC workforce.
---@field Status? awsjobs.sagemaker.WorkforceStatus The status of your workforce.
---@field FailureReason? string The reason your workforce failed.
---@field IpAddressType? awsjobs.sagemaker.WorkforceIpAddressType The IP address type you specify - either IPv4 only or dualstack (IPv4 and IPv6) - to support your labeling workforce.

---The VPC object you use to create or update a workforce.
---@class awsjobs.sagemaker.WorkforceVpcConfigRequest
---@field VpcId? string The ID of the VPC that the workforce uses for communication.
---@field SecurityGroupIds? string[] The VPC security group IDs, in the form sg-xxxxxxxx.
---@field Subnets? string[] The ID of the subnets in the VPC that you want to connect.

---A VpcConfig object that specifies the VPC that you want your workforce to connect to.
---@class awsjobs.sagemaker.WorkforceVpcConfigResponse
---@field VpcId string The ID of the VPC that the workforce uses for communication.
---@field SecurityGroupIds string[] The VPC security group IDs, in the form sg-xxxxxxxx.
---@field Subnets string[] The ID of the subnets in the VPC that you want to connect.
---@field VpcEndpointId? string The IDs for the VPC service endpoints of your VPC workforce when it is created and updated.

---The workload specification for benchmark tool configuration.
---@class awsjobs.sagemaker.WorkloadSpec
---@field Inline? string An inline YAML or JSON string that defines benchmark parameters.

---The workspace settings for the SageMaker Canvas application.
---@class awsjobs.sagemaker.WorkspaceSettings
---@field S3ArtifactPath? string The Amazon S3 bucket used to store artifacts generated by Canvas.
---@field S3KmsKeyId? string The Amazon Web Services Key Management Service (KMS) encryption key ID that is used to encrypt artifacts generated by Canvas in the Amazon S3 bucket.

---Provides details about a labeling work team.
---@class awsjobs.sagemaker.Workteam
---@field WorkteamName string The name of the work team.
---@field MemberDefinitions awsjobs.sagemaker.MemberDefinition[] A list of MemberDefinition objects that contains objects that identify the workers that make up the work team.
---@field WorkteamArn string The Amazon Resource Name (ARN) that identifies the work team.
---@field WorkforceArn? string The Amazon Resource Name (ARN) of the workforce.
---@field ProductListingIds? string[] The Amazon Marketplace identifier for a vendor's work team.
---@field Description string A description of the work team.
---@field SubDomain? string The URI of the labeling job's user interface.
---@field CreateDate? awsjobs.Timestamp The date and time that the work team was created (timestamp).
---@field LastUpdatedDate? awsjobs.Timestamp The date and time that the work team was last updated (timestamp).
---@field NotificationConfiguration? awsjobs.sagemaker.NotificationConfiguration Configures SNS notifications of available or expiring work items for work teams.
---@field WorkerAccessConfiguration? awsjobs.sagemaker.WorkerAccessConfiguration Describes any access constraints that have been defined for Amazon S3 resources.

---@class awsjobs.sagemaker.Client: awsjobs.Client
local sagemaker = {}

---Creates an association between the source and the destination.
---@param params awsjobs.sagemaker.AddAssociationRequest
---@return awsjobs.sagemaker.AddAssociationResponse? result
---@return awsjobs.Error? err
function sagemaker:addAssociation(params) end

---Adds or overwrites one or more tags for the specified SageMaker resource.
---@param params awsjobs.sagemaker.AddTagsInput
---@return awsjobs.sagemaker.AddTagsOutput? result
---@return awsjobs.Error? err
function sagemaker:addTags(params) end

---Associates a trial component with a trial.
---@param params awsjobs.sagemaker.AssociateTrialComponentRequest
---@return awsjobs.sagemaker.AssociateTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:associateTrialComponent(params) end

---Attaches your Amazon Elastic Block Store (Amazon EBS) volume to a node in your EKS orchestrated HyperPod cluster.
---@param params awsjobs.sagemaker.AttachClusterNodeVolumeRequest
---@return awsjobs.sagemaker.AttachClusterNodeVolumeResponse? result
---@return awsjobs.Error? err
function sagemaker:attachClusterNodeVolume(params) end

---Adds nodes to a HyperPod cluster by incrementing the target count for one or more instance groups.
---@param params awsjobs.sagemaker.BatchAddClusterNodesRequest
---@return awsjobs.sagemaker.BatchAddClusterNodesResponse? result
---@return awsjobs.Error? err
function sagemaker:batchAddClusterNodes(params) end

---Deletes specific nodes within a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.BatchDeleteClusterNodesRequest
---@return awsjobs.sagemaker.BatchDeleteClusterNodesResponse? result
---@return awsjobs.Error? err
function sagemaker:batchDeleteClusterNodes(params) end

---This action batch describes a list of versioned model packages
---@param params awsjobs.sagemaker.BatchDescribeModelPackageInput
---@return awsjobs.sagemaker.BatchDescribeModelPackageOutput? result
---@return awsjobs.Error? err
function sagemaker:batchDescribeModelPackage(params) end

---Reboots specific nodes within a SageMaker HyperPod cluster using a soft recovery mechanism.
---@param params awsjobs.sagemaker.BatchRebootClusterNodesRequest
---@return awsjobs.sagemaker.BatchRebootClusterNodesResponse? result
---@return awsjobs.Error? err
function sagemaker:batchRebootClusterNodes(params) end

---Replaces specific nodes within a SageMaker HyperPod cluster with new hardware.
---@param params awsjobs.sagemaker.BatchReplaceClusterNodesRequest
---@return awsjobs.sagemaker.BatchReplaceClusterNodesResponse? result
---@return awsjobs.Error? err
function sagemaker:batchReplaceClusterNodes(params) end

---Creates a benchmark job that runs performance benchmarks against inference infrastructure using a predefined AI workload configuration.
---@param params awsjobs.sagemaker.CreateAIBenchmarkJobRequest
---@return awsjobs.sagemaker.CreateAIBenchmarkJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createAIBenchmarkJob(params) end

---Creates a recommendation job that generates intelligent optimization recommendations for generative AI inference deployments.
---@param params awsjobs.sagemaker.CreateAIRecommendationJobRequest
---@return awsjobs.sagemaker.CreateAIRecommendationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createAIRecommendationJob(params) end

---Creates a reusable AI workload configuration that defines datasets, data sources, and benchmark tool settings for consistent performance testing of generative AI inference deployments on Amazon...
---@param params awsjobs.sagemaker.CreateAIWorkloadConfigRequest
---@return awsjobs.sagemaker.CreateAIWorkloadConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:createAIWorkloadConfig(params) end

---Creates an action.
---@param params awsjobs.sagemaker.CreateActionRequest
---@return awsjobs.sagemaker.CreateActionResponse? result
---@return awsjobs.Error? err
function sagemaker:createAction(params) end

---Create a machine learning algorithm that you can use in SageMaker and list in the Amazon Web Services Marketplace.
---@param params awsjobs.sagemaker.CreateAlgorithmInput
---@return awsjobs.sagemaker.CreateAlgorithmOutput? result
---@return awsjobs.Error? err
function sagemaker:createAlgorithm(params) end

---Creates a running app for the specified UserProfile.
---@param params awsjobs.sagemaker.CreateAppRequest
---@return awsjobs.sagemaker.CreateAppResponse? result
---@return awsjobs.Error? err
function sagemaker:createApp(params) end

---Creates a configuration for running a SageMaker AI image as a KernelGateway app.
---@param params awsjobs.sagemaker.CreateAppImageConfigRequest
---@return awsjobs.sagemaker.CreateAppImageConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:createAppImageConfig(params) end

---Creates an artifact.
---@param params awsjobs.sagemaker.CreateArtifactRequest
---@return awsjobs.sagemaker.CreateArtifactResponse? result
---@return awsjobs.Error? err
function sagemaker:createArtifact(params) end

---Creates an Autopilot job also referred to as Autopilot experiment or AutoML job.
---@param params awsjobs.sagemaker.CreateAutoMLJobRequest
---@return awsjobs.sagemaker.CreateAutoMLJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createAutoMLJob(params) end

---Creates an Autopilot job also referred to as Autopilot experiment or AutoML job V2.
---@param params awsjobs.sagemaker.CreateAutoMLJobV2Request
---@return awsjobs.sagemaker.CreateAutoMLJobV2Response? result
---@return awsjobs.Error? err
function sagemaker:createAutoMLJobV2(params) end

---Creates an Amazon SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.CreateClusterRequest
---@return awsjobs.sagemaker.CreateClusterResponse? result
---@return awsjobs.Error? err
function sagemaker:createCluster(params) end

---Create cluster policy configuration.
---@param params awsjobs.sagemaker.CreateClusterSchedulerConfigRequest
---@return awsjobs.sagemaker.CreateClusterSchedulerConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:createClusterSchedulerConfig(params) end

---Creates a Git repository as a resource in your SageMaker AI account.
---@param params awsjobs.sagemaker.CreateCodeRepositoryInput
---@return awsjobs.sagemaker.CreateCodeRepositoryOutput? result
---@return awsjobs.Error? err
function sagemaker:createCodeRepository(params) end

---Starts a model compilation job.
---@param params awsjobs.sagemaker.CreateCompilationJobRequest
---@return awsjobs.sagemaker.CreateCompilationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createCompilationJob(params) end

---Create compute allocation definition.
---@param params awsjobs.sagemaker.CreateComputeQuotaRequest
---@return awsjobs.sagemaker.CreateComputeQuotaResponse? result
---@return awsjobs.Error? err
function sagemaker:createComputeQuota(params) end

---Creates a context.
---@param params awsjobs.sagemaker.CreateContextRequest
---@return awsjobs.sagemaker.CreateContextResponse? result
---@return awsjobs.Error? err
function sagemaker:createContext(params) end

---Creates a definition for a job that monitors data quality and drift.
---@param params awsjobs.sagemaker.CreateDataQualityJobDefinitionRequest
---@return awsjobs.sagemaker.CreateDataQualityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:createDataQualityJobDefinition(params) end

---Creates a device fleet.
---@param params awsjobs.sagemaker.CreateDeviceFleetRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:createDeviceFleet(params) end

---Creates a Domain.
---@param params awsjobs.sagemaker.CreateDomainRequest
---@return awsjobs.sagemaker.CreateDomainResponse? result
---@return awsjobs.Error? err
function sagemaker:createDomain(params) end

---Creates an edge deployment plan, consisting of multiple stages.
---@param params awsjobs.sagemaker.CreateEdgeDeploymentPlanRequest
---@return awsjobs.sagemaker.CreateEdgeDeploymentPlanResponse? result
---@return awsjobs.Error? err
function sagemaker:createEdgeDeploymentPlan(params) end

---Creates a new stage in an existing edge deployment plan.
---@param params awsjobs.sagemaker.CreateEdgeDeploymentStageRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:createEdgeDeploymentStage(params) end

---Starts a SageMaker Edge Manager model packaging job.
---@param params awsjobs.sagemaker.CreateEdgePackagingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:createEdgePackagingJob(params) end

---Creates an endpoint using the endpoint configuration specified in the request.
---@param params awsjobs.sagemaker.CreateEndpointInput
---@return awsjobs.sagemaker.CreateEndpointOutput? result
---@return awsjobs.Error? err
function sagemaker:createEndpoint(params) end

---Creates an endpoint configuration that SageMaker hosting services uses to deploy models.
---@param params awsjobs.sagemaker.CreateEndpointConfigInput
---@return awsjobs.sagemaker.CreateEndpointConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:createEndpointConfig(params) end

---Creates a SageMaker experiment.
---@param params awsjobs.sagemaker.CreateExperimentRequest
---@return awsjobs.sagemaker.CreateExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:createExperiment(params) end

---Create a new FeatureGroup.
---@param params awsjobs.sagemaker.CreateFeatureGroupRequest
---@return awsjobs.sagemaker.CreateFeatureGroupResponse? result
---@return awsjobs.Error? err
function sagemaker:createFeatureGroup(params) end

---Creates a flow definition.
---@param params awsjobs.sagemaker.CreateFlowDefinitionRequest
---@return awsjobs.sagemaker.CreateFlowDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:createFlowDefinition(params) end

---Create a hub.
---@param params awsjobs.sagemaker.CreateHubRequest
---@return awsjobs.sagemaker.CreateHubResponse? result
---@return awsjobs.Error? err
function sagemaker:createHub(params) end

---Creates presigned URLs for accessing hub content artifacts.
---@param params awsjobs.sagemaker.CreateHubContentPresignedUrlsRequest
---@return awsjobs.sagemaker.CreateHubContentPresignedUrlsResponse? result
---@return awsjobs.Error? err
function sagemaker:createHubContentPresignedUrls(params) end

---Create a hub content reference in order to add a model in the JumpStart public hub to a private hub.
---@param params awsjobs.sagemaker.CreateHubContentReferenceRequest
---@return awsjobs.sagemaker.CreateHubContentReferenceResponse? result
---@return awsjobs.Error? err
function sagemaker:createHubContentReference(params) end

---Defines the settings you will use for the human review workflow user interface.
---@param params awsjobs.sagemaker.CreateHumanTaskUiRequest
---@return awsjobs.sagemaker.CreateHumanTaskUiResponse? result
---@return awsjobs.Error? err
function sagemaker:createHumanTaskUi(params) end

---Starts a hyperparameter tuning job.
---@param params awsjobs.sagemaker.CreateHyperParameterTuningJobRequest
---@return awsjobs.sagemaker.CreateHyperParameterTuningJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createHyperParameterTuningJob(params) end

---Creates a custom SageMaker AI image.
---@param params awsjobs.sagemaker.CreateImageRequest
---@return awsjobs.sagemaker.CreateImageResponse? result
---@return awsjobs.Error? err
function sagemaker:createImage(params) end

---Creates a version of the SageMaker AI image specified by ImageName.
---@param params awsjobs.sagemaker.CreateImageVersionRequest
---@return awsjobs.sagemaker.CreateImageVersionResponse? result
---@return awsjobs.Error? err
function sagemaker:createImageVersion(params) end

---Creates an inference component, which is a SageMaker AI hosting object that you can use to deploy a model to an endpoint.
---@param params awsjobs.sagemaker.CreateInferenceComponentInput
---@return awsjobs.sagemaker.CreateInferenceComponentOutput? result
---@return awsjobs.Error? err
function sagemaker:createInferenceComponent(params) end

---Creates an inference experiment using the configurations specified in the request.
---@param params awsjobs.sagemaker.CreateInferenceExperimentRequest
---@return awsjobs.sagemaker.CreateInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:createInferenceExperiment(params) end

---Starts a recommendation job.
---@param params awsjobs.sagemaker.CreateInferenceRecommendationsJobRequest
---@return awsjobs.sagemaker.CreateInferenceRecommendationsJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createInferenceRecommendationsJob(params) end

---Creates a job that uses workers to label the data objects in your input dataset.
---@param params awsjobs.sagemaker.CreateLabelingJobRequest
---@return awsjobs.sagemaker.CreateLabelingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createLabelingJob(params) end

---Creates an MLflow Tracking Server using a general purpose Amazon S3 bucket as the artifact store.
---@param params awsjobs.sagemaker.CreateMlflowAppRequest
---@return awsjobs.sagemaker.CreateMlflowAppResponse? result
---@return awsjobs.Error? err
function sagemaker:createMlflowApp(params) end

---Creates an MLflow Tracking Server using a general purpose Amazon S3 bucket as the artifact store.
---@param params awsjobs.sagemaker.CreateMlflowTrackingServerRequest
---@return awsjobs.sagemaker.CreateMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:createMlflowTrackingServer(params) end

---Creates a model in SageMaker.
---@param params awsjobs.sagemaker.CreateModelInput
---@return awsjobs.sagemaker.CreateModelOutput? result
---@return awsjobs.Error? err
function sagemaker:createModel(params) end

---Creates the definition for a model bias job.
---@param params awsjobs.sagemaker.CreateModelBiasJobDefinitionRequest
---@return awsjobs.sagemaker.CreateModelBiasJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:createModelBiasJobDefinition(params) end

---Creates an Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.CreateModelCardRequest
---@return awsjobs.sagemaker.CreateModelCardResponse? result
---@return awsjobs.Error? err
function sagemaker:createModelCard(params) end

---Creates an Amazon SageMaker Model Card export job.
---@param params awsjobs.sagemaker.CreateModelCardExportJobRequest
---@return awsjobs.sagemaker.CreateModelCardExportJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createModelCardExportJob(params) end

---Creates the definition for a model explainability job.
---@param params awsjobs.sagemaker.CreateModelExplainabilityJobDefinitionRequest
---@return awsjobs.sagemaker.CreateModelExplainabilityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:createModelExplainabilityJobDefinition(params) end

---Creates a model package that you can use to create SageMaker models or list on Amazon Web Services Marketplace, or a versioned model that is part of a model group.
---@param params? awsjobs.sagemaker.CreateModelPackageInput
---@return awsjobs.sagemaker.CreateModelPackageOutput? result
---@return awsjobs.Error? err
function sagemaker:createModelPackage(params) end

---Creates a model group.
---@param params awsjobs.sagemaker.CreateModelPackageGroupInput
---@return awsjobs.sagemaker.CreateModelPackageGroupOutput? result
---@return awsjobs.Error? err
function sagemaker:createModelPackageGroup(params) end

---Creates a definition for a job that monitors model quality and drift.
---@param params awsjobs.sagemaker.CreateModelQualityJobDefinitionRequest
---@return awsjobs.sagemaker.CreateModelQualityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:createModelQualityJobDefinition(params) end

---Creates a schedule that regularly starts Amazon SageMaker AI Processing Jobs to monitor the data captured for an Amazon SageMaker AI Endpoint.
---@param params awsjobs.sagemaker.CreateMonitoringScheduleRequest
---@return awsjobs.sagemaker.CreateMonitoringScheduleResponse? result
---@return awsjobs.Error? err
function sagemaker:createMonitoringSchedule(params) end

---Creates an SageMaker AI notebook instance.
---@param params awsjobs.sagemaker.CreateNotebookInstanceInput
---@return awsjobs.sagemaker.CreateNotebookInstanceOutput? result
---@return awsjobs.Error? err
function sagemaker:createNotebookInstance(params) end

---Creates a lifecycle configuration that you can associate with a notebook instance.
---@param params awsjobs.sagemaker.CreateNotebookInstanceLifecycleConfigInput
---@return awsjobs.sagemaker.CreateNotebookInstanceLifecycleConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:createNotebookInstanceLifecycleConfig(params) end

---Creates a job that optimizes a model for inference performance.
---@param params awsjobs.sagemaker.CreateOptimizationJobRequest
---@return awsjobs.sagemaker.CreateOptimizationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createOptimizationJob(params) end

---Creates an Amazon SageMaker Partner AI App.
---@param params awsjobs.sagemaker.CreatePartnerAppRequest
---@return awsjobs.sagemaker.CreatePartnerAppResponse? result
---@return awsjobs.Error? err
function sagemaker:createPartnerApp(params) end

---Creates a presigned URL to access an Amazon SageMaker Partner AI App.
---@param params awsjobs.sagemaker.CreatePartnerAppPresignedUrlRequest
---@return awsjobs.sagemaker.CreatePartnerAppPresignedUrlResponse? result
---@return awsjobs.Error? err
function sagemaker:createPartnerAppPresignedUrl(params) end

---Creates a pipeline using a JSON pipeline definition.
---@param params awsjobs.sagemaker.CreatePipelineRequest
---@return awsjobs.sagemaker.CreatePipelineResponse? result
---@return awsjobs.Error? err
function sagemaker:createPipeline(params) end

---Creates a URL for a specified UserProfile in a Domain.
---@param params awsjobs.sagemaker.CreatePresignedDomainUrlRequest
---@return awsjobs.sagemaker.CreatePresignedDomainUrlResponse? result
---@return awsjobs.Error? err
function sagemaker:createPresignedDomainUrl(params) end

---Returns a presigned URL that you can use to connect to the MLflow UI attached to your MLflow App.
---@param params awsjobs.sagemaker.CreatePresignedMlflowAppUrlRequest
---@return awsjobs.sagemaker.CreatePresignedMlflowAppUrlResponse? result
---@return awsjobs.Error? err
function sagemaker:createPresignedMlflowAppUrl(params) end

---Returns a presigned URL that you can use to connect to the MLflow UI attached to your tracking server.
---@param params awsjobs.sagemaker.CreatePresignedMlflowTrackingServerUrlRequest
---@return awsjobs.sagemaker.CreatePresignedMlflowTrackingServerUrlResponse? result
---@return awsjobs.Error? err
function sagemaker:createPresignedMlflowTrackingServerUrl(params) end

---Returns a URL that you can use to connect to the Jupyter server from a notebook instance.
---@param params awsjobs.sagemaker.CreatePresignedNotebookInstanceUrlInput
---@return awsjobs.sagemaker.CreatePresignedNotebookInstanceUrlOutput? result
---@return awsjobs.Error? err
function sagemaker:createPresignedNotebookInstanceUrl(params) end

---Creates a processing job.
---@param params awsjobs.sagemaker.CreateProcessingJobRequest
---@return awsjobs.sagemaker.CreateProcessingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createProcessingJob(params) end

---Creates a machine learning (ML) project that can contain one or more templates that set up an ML pipeline from training to deploying an approved model.
---@param params awsjobs.sagemaker.CreateProjectInput
---@return awsjobs.sagemaker.CreateProjectOutput? result
---@return awsjobs.Error? err
function sagemaker:createProject(params) end

---Creates a private space or a space used for real time collaboration in a domain.
---@param params awsjobs.sagemaker.CreateSpaceRequest
---@return awsjobs.sagemaker.CreateSpaceResponse? result
---@return awsjobs.Error? err
function sagemaker:createSpace(params) end

---Creates a new Amazon SageMaker AI Studio Lifecycle Configuration.
---@param params awsjobs.sagemaker.CreateStudioLifecycleConfigRequest
---@return awsjobs.sagemaker.CreateStudioLifecycleConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:createStudioLifecycleConfig(params) end

---Starts a model training job.
---@param params awsjobs.sagemaker.CreateTrainingJobRequest
---@return awsjobs.sagemaker.CreateTrainingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createTrainingJob(params) end

---Creates a new training plan in SageMaker to reserve compute capacity.
---@param params awsjobs.sagemaker.CreateTrainingPlanRequest
---@return awsjobs.sagemaker.CreateTrainingPlanResponse? result
---@return awsjobs.Error? err
function sagemaker:createTrainingPlan(params) end

---Starts a transform job.
---@param params awsjobs.sagemaker.CreateTransformJobRequest
---@return awsjobs.sagemaker.CreateTransformJobResponse? result
---@return awsjobs.Error? err
function sagemaker:createTransformJob(params) end

---Creates an SageMaker trial.
---@param params awsjobs.sagemaker.CreateTrialRequest
---@return awsjobs.sagemaker.CreateTrialResponse? result
---@return awsjobs.Error? err
function sagemaker:createTrial(params) end

---Creates a trial component, which is a stage of a machine learning trial.
---@param params awsjobs.sagemaker.CreateTrialComponentRequest
---@return awsjobs.sagemaker.CreateTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:createTrialComponent(params) end

---Creates a user profile.
---@param params awsjobs.sagemaker.CreateUserProfileRequest
---@return awsjobs.sagemaker.CreateUserProfileResponse? result
---@return awsjobs.Error? err
function sagemaker:createUserProfile(params) end

---Use this operation to create a workforce.
---@param params awsjobs.sagemaker.CreateWorkforceRequest
---@return awsjobs.sagemaker.CreateWorkforceResponse? result
---@return awsjobs.Error? err
function sagemaker:createWorkforce(params) end

---Creates a new work team for labeling your data.
---@param params awsjobs.sagemaker.CreateWorkteamRequest
---@return awsjobs.sagemaker.CreateWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:createWorkteam(params) end

---Deletes the specified AI benchmark job.
---@param params awsjobs.sagemaker.DeleteAIBenchmarkJobRequest
---@return awsjobs.sagemaker.DeleteAIBenchmarkJobResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteAIBenchmarkJob(params) end

---Deletes the specified AI recommendation job.
---@param params awsjobs.sagemaker.DeleteAIRecommendationJobRequest
---@return awsjobs.sagemaker.DeleteAIRecommendationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteAIRecommendationJob(params) end

---Deletes the specified AI workload configuration.
---@param params awsjobs.sagemaker.DeleteAIWorkloadConfigRequest
---@return awsjobs.sagemaker.DeleteAIWorkloadConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteAIWorkloadConfig(params) end

---Deletes an action.
---@param params awsjobs.sagemaker.DeleteActionRequest
---@return awsjobs.sagemaker.DeleteActionResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteAction(params) end

---Removes the specified algorithm from your account.
---@param params awsjobs.sagemaker.DeleteAlgorithmInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteAlgorithm(params) end

---Used to stop and delete an app.
---@param params awsjobs.sagemaker.DeleteAppRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteApp(params) end

---Deletes an AppImageConfig.
---@param params awsjobs.sagemaker.DeleteAppImageConfigRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteAppImageConfig(params) end

---Deletes an artifact.
---@param params? awsjobs.sagemaker.DeleteArtifactRequest
---@return awsjobs.sagemaker.DeleteArtifactResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteArtifact(params) end

---Deletes an association.
---@param params awsjobs.sagemaker.DeleteAssociationRequest
---@return awsjobs.sagemaker.DeleteAssociationResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteAssociation(params) end

---Delete a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.DeleteClusterRequest
---@return awsjobs.sagemaker.DeleteClusterResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteCluster(params) end

---Deletes the cluster policy of the cluster.
---@param params awsjobs.sagemaker.DeleteClusterSchedulerConfigRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteClusterSchedulerConfig(params) end

---Deletes the specified Git repository from your account.
---@param params awsjobs.sagemaker.DeleteCodeRepositoryInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteCodeRepository(params) end

---Deletes the specified compilation job.
---@param params awsjobs.sagemaker.DeleteCompilationJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteCompilationJob(params) end

---Deletes the compute allocation from the cluster.
---@param params awsjobs.sagemaker.DeleteComputeQuotaRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteComputeQuota(params) end

---Deletes an context.
---@param params awsjobs.sagemaker.DeleteContextRequest
---@return awsjobs.sagemaker.DeleteContextResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteContext(params) end

---Deletes a data quality monitoring job definition.
---@param params awsjobs.sagemaker.DeleteDataQualityJobDefinitionRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteDataQualityJobDefinition(params) end

---Deletes a fleet.
---@param params awsjobs.sagemaker.DeleteDeviceFleetRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteDeviceFleet(params) end

---Used to delete a domain.
---@param params awsjobs.sagemaker.DeleteDomainRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteDomain(params) end

---Deletes an edge deployment plan if (and only if) all the stages in the plan are inactive or there are no stages in the plan.
---@param params awsjobs.sagemaker.DeleteEdgeDeploymentPlanRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteEdgeDeploymentPlan(params) end

---Delete a stage in an edge deployment plan if (and only if) the stage is inactive.
---@param params awsjobs.sagemaker.DeleteEdgeDeploymentStageRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteEdgeDeploymentStage(params) end

---Deletes an endpoint.
---@param params awsjobs.sagemaker.DeleteEndpointInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteEndpoint(params) end

---Deletes an endpoint configuration.
---@param params awsjobs.sagemaker.DeleteEndpointConfigInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteEndpointConfig(params) end

---Deletes an SageMaker experiment.
---@param params awsjobs.sagemaker.DeleteExperimentRequest
---@return awsjobs.sagemaker.DeleteExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteExperiment(params) end

---Delete the FeatureGroup and any data that was written to the OnlineStore of the FeatureGroup.
---@param params awsjobs.sagemaker.DeleteFeatureGroupRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteFeatureGroup(params) end

---Deletes the specified flow definition.
---@param params awsjobs.sagemaker.DeleteFlowDefinitionRequest
---@return awsjobs.sagemaker.DeleteFlowDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteFlowDefinition(params) end

---Delete a hub.
---@param params awsjobs.sagemaker.DeleteHubRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteHub(params) end

---Delete the contents of a hub.
---@param params awsjobs.sagemaker.DeleteHubContentRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteHubContent(params) end

---Delete a hub content reference in order to remove a model from a private hub.
---@param params awsjobs.sagemaker.DeleteHubContentReferenceRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteHubContentReference(params) end

---Use this operation to delete a human task user interface (worker task template).
---@param params awsjobs.sagemaker.DeleteHumanTaskUiRequest
---@return awsjobs.sagemaker.DeleteHumanTaskUiResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteHumanTaskUi(params) end

---Deletes a hyperparameter tuning job.
---@param params awsjobs.sagemaker.DeleteHyperParameterTuningJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteHyperParameterTuningJob(params) end

---Deletes a SageMaker AI image and all versions of the image.
---@param params awsjobs.sagemaker.DeleteImageRequest
---@return awsjobs.sagemaker.DeleteImageResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteImage(params) end

---Deletes a version of a SageMaker AI image.
---@param params awsjobs.sagemaker.DeleteImageVersionRequest
---@return awsjobs.sagemaker.DeleteImageVersionResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteImageVersion(params) end

---Deletes an inference component.
---@param params awsjobs.sagemaker.DeleteInferenceComponentInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteInferenceComponent(params) end

---Deletes an inference experiment.
---@param params awsjobs.sagemaker.DeleteInferenceExperimentRequest
---@return awsjobs.sagemaker.DeleteInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteInferenceExperiment(params) end

---Deletes an MLflow App.
---@param params awsjobs.sagemaker.DeleteMlflowAppRequest
---@return awsjobs.sagemaker.DeleteMlflowAppResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteMlflowApp(params) end

---Deletes an MLflow Tracking Server.
---@param params awsjobs.sagemaker.DeleteMlflowTrackingServerRequest
---@return awsjobs.sagemaker.DeleteMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteMlflowTrackingServer(params) end

---Deletes a model.
---@param params awsjobs.sagemaker.DeleteModelInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModel(params) end

---Deletes an Amazon SageMaker AI model bias job definition.
---@param params awsjobs.sagemaker.DeleteModelBiasJobDefinitionRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelBiasJobDefinition(params) end

---Deletes an Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.DeleteModelCardRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelCard(params) end

---Deletes an Amazon SageMaker AI model explainability job definition.
---@param params awsjobs.sagemaker.DeleteModelExplainabilityJobDefinitionRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelExplainabilityJobDefinition(params) end

---Deletes a model package.
---@param params awsjobs.sagemaker.DeleteModelPackageInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelPackage(params) end

---Deletes the specified model group.
---@param params awsjobs.sagemaker.DeleteModelPackageGroupInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelPackageGroup(params) end

---Deletes a model group resource policy.
---@param params awsjobs.sagemaker.DeleteModelPackageGroupPolicyInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelPackageGroupPolicy(params) end

---Deletes the secified model quality monitoring job definition.
---@param params awsjobs.sagemaker.DeleteModelQualityJobDefinitionRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteModelQualityJobDefinition(params) end

---Deletes a monitoring schedule.
---@param params awsjobs.sagemaker.DeleteMonitoringScheduleRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteMonitoringSchedule(params) end

---Deletes an SageMaker AI notebook instance.
---@param params awsjobs.sagemaker.DeleteNotebookInstanceInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteNotebookInstance(params) end

---Deletes a notebook instance lifecycle configuration.
---@param params awsjobs.sagemaker.DeleteNotebookInstanceLifecycleConfigInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteNotebookInstanceLifecycleConfig(params) end

---Deletes an optimization job.
---@param params awsjobs.sagemaker.DeleteOptimizationJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteOptimizationJob(params) end

---Deletes a SageMaker Partner AI App.
---@param params awsjobs.sagemaker.DeletePartnerAppRequest
---@return awsjobs.sagemaker.DeletePartnerAppResponse? result
---@return awsjobs.Error? err
function sagemaker:deletePartnerApp(params) end

---Deletes a pipeline if there are no running instances of the pipeline.
---@param params awsjobs.sagemaker.DeletePipelineRequest
---@return awsjobs.sagemaker.DeletePipelineResponse? result
---@return awsjobs.Error? err
function sagemaker:deletePipeline(params) end

---Deletes a processing job.
---@param params awsjobs.sagemaker.DeleteProcessingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteProcessingJob(params) end

---Delete the specified project.
---@param params awsjobs.sagemaker.DeleteProjectInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteProject(params) end

---Used to delete a space.
---@param params awsjobs.sagemaker.DeleteSpaceRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteSpace(params) end

---Deletes the Amazon SageMaker AI Studio Lifecycle Configuration.
---@param params awsjobs.sagemaker.DeleteStudioLifecycleConfigRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteStudioLifecycleConfig(params) end

---Deletes the specified tags from an SageMaker resource.
---@param params awsjobs.sagemaker.DeleteTagsInput
---@return awsjobs.sagemaker.DeleteTagsOutput? result
---@return awsjobs.Error? err
function sagemaker:deleteTags(params) end

---Deletes a training job.
---@param params awsjobs.sagemaker.DeleteTrainingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteTrainingJob(params) end

---Deletes the specified trial.
---@param params awsjobs.sagemaker.DeleteTrialRequest
---@return awsjobs.sagemaker.DeleteTrialResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteTrial(params) end

---Deletes the specified trial component.
---@param params awsjobs.sagemaker.DeleteTrialComponentRequest
---@return awsjobs.sagemaker.DeleteTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteTrialComponent(params) end

---Deletes a user profile.
---@param params awsjobs.sagemaker.DeleteUserProfileRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deleteUserProfile(params) end

---Use this operation to delete a workforce.
---@param params awsjobs.sagemaker.DeleteWorkforceRequest
---@return awsjobs.sagemaker.DeleteWorkforceResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteWorkforce(params) end

---Deletes an existing work team.
---@param params awsjobs.sagemaker.DeleteWorkteamRequest
---@return awsjobs.sagemaker.DeleteWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:deleteWorkteam(params) end

---Deregisters the specified devices.
---@param params awsjobs.sagemaker.DeregisterDevicesRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:deregisterDevices(params) end

---Returns details of an AI benchmark job, including its status, configuration, target endpoint, and timing information.
---@param params awsjobs.sagemaker.DescribeAIBenchmarkJobRequest
---@return awsjobs.sagemaker.DescribeAIBenchmarkJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAIBenchmarkJob(params) end

---Returns details of an AI recommendation job, including its status, model source, performance targets, optimization recommendations, and deployment configurations.
---@param params awsjobs.sagemaker.DescribeAIRecommendationJobRequest
---@return awsjobs.sagemaker.DescribeAIRecommendationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAIRecommendationJob(params) end

---Returns details of an AI workload configuration, including the dataset configuration, benchmark tool settings, tags, and creation time.
---@param params awsjobs.sagemaker.DescribeAIWorkloadConfigRequest
---@return awsjobs.sagemaker.DescribeAIWorkloadConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAIWorkloadConfig(params) end

---Describes an action.
---@param params awsjobs.sagemaker.DescribeActionRequest
---@return awsjobs.sagemaker.DescribeActionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAction(params) end

---Returns a description of the specified algorithm that is in your account.
---@param params awsjobs.sagemaker.DescribeAlgorithmInput
---@return awsjobs.sagemaker.DescribeAlgorithmOutput? result
---@return awsjobs.Error? err
function sagemaker:describeAlgorithm(params) end

---Describes the app.
---@param params awsjobs.sagemaker.DescribeAppRequest
---@return awsjobs.sagemaker.DescribeAppResponse? result
---@return awsjobs.Error? err
function sagemaker:describeApp(params) end

---Describes an AppImageConfig.
---@param params awsjobs.sagemaker.DescribeAppImageConfigRequest
---@return awsjobs.sagemaker.DescribeAppImageConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAppImageConfig(params) end

---Describes an artifact.
---@param params awsjobs.sagemaker.DescribeArtifactRequest
---@return awsjobs.sagemaker.DescribeArtifactResponse? result
---@return awsjobs.Error? err
function sagemaker:describeArtifact(params) end

---Returns information about an AutoML job created by calling CreateAutoMLJob.
---@param params awsjobs.sagemaker.DescribeAutoMLJobRequest
---@return awsjobs.sagemaker.DescribeAutoMLJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeAutoMLJob(params) end

---Returns information about an AutoML job created by calling CreateAutoMLJobV2 or CreateAutoMLJob.
---@param params awsjobs.sagemaker.DescribeAutoMLJobV2Request
---@return awsjobs.sagemaker.DescribeAutoMLJobV2Response? result
---@return awsjobs.Error? err
function sagemaker:describeAutoMLJobV2(params) end

---Retrieves information of a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.DescribeClusterRequest
---@return awsjobs.sagemaker.DescribeClusterResponse? result
---@return awsjobs.Error? err
function sagemaker:describeCluster(params) end

---Retrieves detailed information about a specific event for a given HyperPod cluster.
---@param params awsjobs.sagemaker.DescribeClusterEventRequest
---@return awsjobs.sagemaker.DescribeClusterEventResponse? result
---@return awsjobs.Error? err
function sagemaker:describeClusterEvent(params) end

---Retrieves information of a node (also called a instance interchangeably) of a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.DescribeClusterNodeRequest
---@return awsjobs.sagemaker.DescribeClusterNodeResponse? result
---@return awsjobs.Error? err
function sagemaker:describeClusterNode(params) end

---Description of the cluster policy.
---@param params awsjobs.sagemaker.DescribeClusterSchedulerConfigRequest
---@return awsjobs.sagemaker.DescribeClusterSchedulerConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:describeClusterSchedulerConfig(params) end

---Gets details about the specified Git repository.
---@param params awsjobs.sagemaker.DescribeCodeRepositoryInput
---@return awsjobs.sagemaker.DescribeCodeRepositoryOutput? result
---@return awsjobs.Error? err
function sagemaker:describeCodeRepository(params) end

---Returns information about a model compilation job.
---@param params awsjobs.sagemaker.DescribeCompilationJobRequest
---@return awsjobs.sagemaker.DescribeCompilationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeCompilationJob(params) end

---Description of the compute allocation definition.
---@param params awsjobs.sagemaker.DescribeComputeQuotaRequest
---@return awsjobs.sagemaker.DescribeComputeQuotaResponse? result
---@return awsjobs.Error? err
function sagemaker:describeComputeQuota(params) end

---Describes a context.
---@param params awsjobs.sagemaker.DescribeContextRequest
---@return awsjobs.sagemaker.DescribeContextResponse? result
---@return awsjobs.Error? err
function sagemaker:describeContext(params) end

---Gets the details of a data quality monitoring job definition.
---@param params awsjobs.sagemaker.DescribeDataQualityJobDefinitionRequest
---@return awsjobs.sagemaker.DescribeDataQualityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeDataQualityJobDefinition(params) end

---Describes the device.
---@param params awsjobs.sagemaker.DescribeDeviceRequest
---@return awsjobs.sagemaker.DescribeDeviceResponse? result
---@return awsjobs.Error? err
function sagemaker:describeDevice(params) end

---A description of the fleet the device belongs to.
---@param params awsjobs.sagemaker.DescribeDeviceFleetRequest
---@return awsjobs.sagemaker.DescribeDeviceFleetResponse? result
---@return awsjobs.Error? err
function sagemaker:describeDeviceFleet(params) end

---The description of the domain.
---@param params awsjobs.sagemaker.DescribeDomainRequest
---@return awsjobs.sagemaker.DescribeDomainResponse? result
---@return awsjobs.Error? err
function sagemaker:describeDomain(params) end

---Describes an edge deployment plan with deployment status per stage.
---@param params awsjobs.sagemaker.DescribeEdgeDeploymentPlanRequest
---@return awsjobs.sagemaker.DescribeEdgeDeploymentPlanResponse? result
---@return awsjobs.Error? err
function sagemaker:describeEdgeDeploymentPlan(params) end

---A description of edge packaging jobs.
---@param params awsjobs.sagemaker.DescribeEdgePackagingJobRequest
---@return awsjobs.sagemaker.DescribeEdgePackagingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeEdgePackagingJob(params) end

---Returns the description of an endpoint.
---@param params awsjobs.sagemaker.DescribeEndpointInput
---@return awsjobs.sagemaker.DescribeEndpointOutput? result
---@return awsjobs.Error? err
function sagemaker:describeEndpoint(params) end

---Returns the description of an endpoint configuration created using the CreateEndpointConfig API.
---@param params awsjobs.sagemaker.DescribeEndpointConfigInput
---@return awsjobs.sagemaker.DescribeEndpointConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:describeEndpointConfig(params) end

---Provides a list of an experiment's properties.
---@param params awsjobs.sagemaker.DescribeExperimentRequest
---@return awsjobs.sagemaker.DescribeExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:describeExperiment(params) end

---Use this operation to describe a FeatureGroup.
---@param params awsjobs.sagemaker.DescribeFeatureGroupRequest
---@return awsjobs.sagemaker.DescribeFeatureGroupResponse? result
---@return awsjobs.Error? err
function sagemaker:describeFeatureGroup(params) end

---Shows the metadata for a feature within a feature group.
---@param params awsjobs.sagemaker.DescribeFeatureMetadataRequest
---@return awsjobs.sagemaker.DescribeFeatureMetadataResponse? result
---@return awsjobs.Error? err
function sagemaker:describeFeatureMetadata(params) end

---Returns information about the specified flow definition.
---@param params awsjobs.sagemaker.DescribeFlowDefinitionRequest
---@return awsjobs.sagemaker.DescribeFlowDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeFlowDefinition(params) end

---Describes a hub.
---@param params awsjobs.sagemaker.DescribeHubRequest
---@return awsjobs.sagemaker.DescribeHubResponse? result
---@return awsjobs.Error? err
function sagemaker:describeHub(params) end

---Describe the content of a hub.
---@param params awsjobs.sagemaker.DescribeHubContentRequest
---@return awsjobs.sagemaker.DescribeHubContentResponse? result
---@return awsjobs.Error? err
function sagemaker:describeHubContent(params) end

---Returns information about the requested human task user interface (worker task template).
---@param params awsjobs.sagemaker.DescribeHumanTaskUiRequest
---@return awsjobs.sagemaker.DescribeHumanTaskUiResponse? result
---@return awsjobs.Error? err
function sagemaker:describeHumanTaskUi(params) end

---Returns a description of a hyperparameter tuning job, depending on the fields selected.
---@param params awsjobs.sagemaker.DescribeHyperParameterTuningJobRequest
---@return awsjobs.sagemaker.DescribeHyperParameterTuningJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeHyperParameterTuningJob(params) end

---Describes a SageMaker AI image.
---@param params awsjobs.sagemaker.DescribeImageRequest
---@return awsjobs.sagemaker.DescribeImageResponse? result
---@return awsjobs.Error? err
function sagemaker:describeImage(params) end

---Describes a version of a SageMaker AI image.
---@param params awsjobs.sagemaker.DescribeImageVersionRequest
---@return awsjobs.sagemaker.DescribeImageVersionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeImageVersion(params) end

---Returns information about an inference component.
---@param params awsjobs.sagemaker.DescribeInferenceComponentInput
---@return awsjobs.sagemaker.DescribeInferenceComponentOutput? result
---@return awsjobs.Error? err
function sagemaker:describeInferenceComponent(params) end

---Returns details about an inference experiment.
---@param params awsjobs.sagemaker.DescribeInferenceExperimentRequest
---@return awsjobs.sagemaker.DescribeInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:describeInferenceExperiment(params) end

---Provides the results of the Inference Recommender job.
---@param params awsjobs.sagemaker.DescribeInferenceRecommendationsJobRequest
---@return awsjobs.sagemaker.DescribeInferenceRecommendationsJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeInferenceRecommendationsJob(params) end

---Gets information about a labeling job.
---@param params awsjobs.sagemaker.DescribeLabelingJobRequest
---@return awsjobs.sagemaker.DescribeLabelingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeLabelingJob(params) end

---Provides a list of properties for the requested lineage group.
---@param params awsjobs.sagemaker.DescribeLineageGroupRequest
---@return awsjobs.sagemaker.DescribeLineageGroupResponse? result
---@return awsjobs.Error? err
function sagemaker:describeLineageGroup(params) end

---Returns information about an MLflow App.
---@param params awsjobs.sagemaker.DescribeMlflowAppRequest
---@return awsjobs.sagemaker.DescribeMlflowAppResponse? result
---@return awsjobs.Error? err
function sagemaker:describeMlflowApp(params) end

---Returns information about an MLflow Tracking Server.
---@param params awsjobs.sagemaker.DescribeMlflowTrackingServerRequest
---@return awsjobs.sagemaker.DescribeMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:describeMlflowTrackingServer(params) end

---Describes a model that you created using the CreateModel API.
---@param params awsjobs.sagemaker.DescribeModelInput
---@return awsjobs.sagemaker.DescribeModelOutput? result
---@return awsjobs.Error? err
function sagemaker:describeModel(params) end

---Returns a description of a model bias job definition.
---@param params awsjobs.sagemaker.DescribeModelBiasJobDefinitionRequest
---@return awsjobs.sagemaker.DescribeModelBiasJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeModelBiasJobDefinition(params) end

---Describes the content, creation time, and security configuration of an Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.DescribeModelCardRequest
---@return awsjobs.sagemaker.DescribeModelCardResponse? result
---@return awsjobs.Error? err
function sagemaker:describeModelCard(params) end

---Describes an Amazon SageMaker Model Card export job.
---@param params awsjobs.sagemaker.DescribeModelCardExportJobRequest
---@return awsjobs.sagemaker.DescribeModelCardExportJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeModelCardExportJob(params) end

---Returns a description of a model explainability job definition.
---@param params awsjobs.sagemaker.DescribeModelExplainabilityJobDefinitionRequest
---@return awsjobs.sagemaker.DescribeModelExplainabilityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeModelExplainabilityJobDefinition(params) end

---Returns a description of the specified model package, which is used to create SageMaker models or list them on Amazon Web Services Marketplace.
---@param params awsjobs.sagemaker.DescribeModelPackageInput
---@return awsjobs.sagemaker.DescribeModelPackageOutput? result
---@return awsjobs.Error? err
function sagemaker:describeModelPackage(params) end

---Gets a description for the specified model group.
---@param params awsjobs.sagemaker.DescribeModelPackageGroupInput
---@return awsjobs.sagemaker.DescribeModelPackageGroupOutput? result
---@return awsjobs.Error? err
function sagemaker:describeModelPackageGroup(params) end

---Returns a description of a model quality job definition.
---@param params awsjobs.sagemaker.DescribeModelQualityJobDefinitionRequest
---@return awsjobs.sagemaker.DescribeModelQualityJobDefinitionResponse? result
---@return awsjobs.Error? err
function sagemaker:describeModelQualityJobDefinition(params) end

---Describes the schedule for a monitoring job.
---@param params awsjobs.sagemaker.DescribeMonitoringScheduleRequest
---@return awsjobs.sagemaker.DescribeMonitoringScheduleResponse? result
---@return awsjobs.Error? err
function sagemaker:describeMonitoringSchedule(params) end

---Returns information about a notebook instance.
---@param params awsjobs.sagemaker.DescribeNotebookInstanceInput
---@return awsjobs.sagemaker.DescribeNotebookInstanceOutput? result
---@return awsjobs.Error? err
function sagemaker:describeNotebookInstance(params) end

---Returns a description of a notebook instance lifecycle configuration.
---@param params awsjobs.sagemaker.DescribeNotebookInstanceLifecycleConfigInput
---@return awsjobs.sagemaker.DescribeNotebookInstanceLifecycleConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:describeNotebookInstanceLifecycleConfig(params) end

---Provides the properties of the specified optimization job.
---@param params awsjobs.sagemaker.DescribeOptimizationJobRequest
---@return awsjobs.sagemaker.DescribeOptimizationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeOptimizationJob(params) end

---Gets information about a SageMaker Partner AI App.
---@param params awsjobs.sagemaker.DescribePartnerAppRequest
---@return awsjobs.sagemaker.DescribePartnerAppResponse? result
---@return awsjobs.Error? err
function sagemaker:describePartnerApp(params) end

---Describes the details of a pipeline.
---@param params awsjobs.sagemaker.DescribePipelineRequest
---@return awsjobs.sagemaker.DescribePipelineResponse? result
---@return awsjobs.Error? err
function sagemaker:describePipeline(params) end

---Describes the details of an execution's pipeline definition.
---@param params awsjobs.sagemaker.DescribePipelineDefinitionForExecutionRequest
---@return awsjobs.sagemaker.DescribePipelineDefinitionForExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:describePipelineDefinitionForExecution(params) end

---Describes the details of a pipeline execution.
---@param params awsjobs.sagemaker.DescribePipelineExecutionRequest
---@return awsjobs.sagemaker.DescribePipelineExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:describePipelineExecution(params) end

---Returns a description of a processing job.
---@param params awsjobs.sagemaker.DescribeProcessingJobRequest
---@return awsjobs.sagemaker.DescribeProcessingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeProcessingJob(params) end

---Describes the details of a project.
---@param params awsjobs.sagemaker.DescribeProjectInput
---@return awsjobs.sagemaker.DescribeProjectOutput? result
---@return awsjobs.Error? err
function sagemaker:describeProject(params) end

---Retrieves details about a reserved capacity.
---@param params awsjobs.sagemaker.DescribeReservedCapacityRequest
---@return awsjobs.sagemaker.DescribeReservedCapacityResponse? result
---@return awsjobs.Error? err
function sagemaker:describeReservedCapacity(params) end

---Describes the space.
---@param params awsjobs.sagemaker.DescribeSpaceRequest
---@return awsjobs.sagemaker.DescribeSpaceResponse? result
---@return awsjobs.Error? err
function sagemaker:describeSpace(params) end

---Describes the Amazon SageMaker AI Studio Lifecycle Configuration.
---@param params awsjobs.sagemaker.DescribeStudioLifecycleConfigRequest
---@return awsjobs.sagemaker.DescribeStudioLifecycleConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:describeStudioLifecycleConfig(params) end

---Gets information about a work team provided by a vendor.
---@param params awsjobs.sagemaker.DescribeSubscribedWorkteamRequest
---@return awsjobs.sagemaker.DescribeSubscribedWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:describeSubscribedWorkteam(params) end

---Returns information about a training job.
---@param params awsjobs.sagemaker.DescribeTrainingJobRequest
---@return awsjobs.sagemaker.DescribeTrainingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTrainingJob(params) end

---Retrieves detailed information about a specific training plan.
---@param params awsjobs.sagemaker.DescribeTrainingPlanRequest
---@return awsjobs.sagemaker.DescribeTrainingPlanResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTrainingPlan(params) end

---Retrieves the extension history for a specified training plan.
---@param params awsjobs.sagemaker.DescribeTrainingPlanExtensionHistoryRequest
---@return awsjobs.sagemaker.DescribeTrainingPlanExtensionHistoryResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTrainingPlanExtensionHistory(params) end

---Returns information about a transform job.
---@param params awsjobs.sagemaker.DescribeTransformJobRequest
---@return awsjobs.sagemaker.DescribeTransformJobResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTransformJob(params) end

---Provides a list of a trial's properties.
---@param params awsjobs.sagemaker.DescribeTrialRequest
---@return awsjobs.sagemaker.DescribeTrialResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTrial(params) end

---Provides a list of a trials component's properties.
---@param params awsjobs.sagemaker.DescribeTrialComponentRequest
---@return awsjobs.sagemaker.DescribeTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:describeTrialComponent(params) end

---Describes a user profile.
---@param params awsjobs.sagemaker.DescribeUserProfileRequest
---@return awsjobs.sagemaker.DescribeUserProfileResponse? result
---@return awsjobs.Error? err
function sagemaker:describeUserProfile(params) end

---Lists private workforce information, including workforce name, Amazon Resource Name (ARN), and, if applicable, allowed IP address ranges (CIDRs).
---@param params awsjobs.sagemaker.DescribeWorkforceRequest
---@return awsjobs.sagemaker.DescribeWorkforceResponse? result
---@return awsjobs.Error? err
function sagemaker:describeWorkforce(params) end

---Gets information about a specific work team.
---@param params awsjobs.sagemaker.DescribeWorkteamRequest
---@return awsjobs.sagemaker.DescribeWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:describeWorkteam(params) end

---Detaches your Amazon Elastic Block Store (Amazon EBS) volume from a node in your EKS orchestrated SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.DetachClusterNodeVolumeRequest
---@return awsjobs.sagemaker.DetachClusterNodeVolumeResponse? result
---@return awsjobs.Error? err
function sagemaker:detachClusterNodeVolume(params) end

---Disables using Service Catalog in SageMaker.
---@param params? awsjobs.sagemaker.DisableSagemakerServicecatalogPortfolioInput
---@return awsjobs.sagemaker.DisableSagemakerServicecatalogPortfolioOutput? result
---@return awsjobs.Error? err
function sagemaker:disableSagemakerServicecatalogPortfolio(params) end

---Disassociates a trial component from a trial.
---@param params awsjobs.sagemaker.DisassociateTrialComponentRequest
---@return awsjobs.sagemaker.DisassociateTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:disassociateTrialComponent(params) end

---Enables using Service Catalog in SageMaker.
---@param params? awsjobs.sagemaker.EnableSagemakerServicecatalogPortfolioInput
---@return awsjobs.sagemaker.EnableSagemakerServicecatalogPortfolioOutput? result
---@return awsjobs.Error? err
function sagemaker:enableSagemakerServicecatalogPortfolio(params) end

---Extends an existing training plan by purchasing an extension offering.
---@param params awsjobs.sagemaker.ExtendTrainingPlanRequest
---@return awsjobs.sagemaker.ExtendTrainingPlanResponse? result
---@return awsjobs.Error? err
function sagemaker:extendTrainingPlan(params) end

---Describes a fleet.
---@param params awsjobs.sagemaker.GetDeviceFleetReportRequest
---@return awsjobs.sagemaker.GetDeviceFleetReportResponse? result
---@return awsjobs.Error? err
function sagemaker:getDeviceFleetReport(params) end

---The resource policy for the lineage group.
---@param params awsjobs.sagemaker.GetLineageGroupPolicyRequest
---@return awsjobs.sagemaker.GetLineageGroupPolicyResponse? result
---@return awsjobs.Error? err
function sagemaker:getLineageGroupPolicy(params) end

---Gets a resource policy that manages access for a model group.
---@param params awsjobs.sagemaker.GetModelPackageGroupPolicyInput
---@return awsjobs.sagemaker.GetModelPackageGroupPolicyOutput? result
---@return awsjobs.Error? err
function sagemaker:getModelPackageGroupPolicy(params) end

---Gets the status of Service Catalog in SageMaker.
---@param params? awsjobs.sagemaker.GetSagemakerServicecatalogPortfolioStatusInput
---@return awsjobs.sagemaker.GetSagemakerServicecatalogPortfolioStatusOutput? result
---@return awsjobs.Error? err
function sagemaker:getSagemakerServicecatalogPortfolioStatus(params) end

---Starts an Amazon SageMaker Inference Recommender autoscaling recommendation job.
---@param params awsjobs.sagemaker.GetScalingConfigurationRecommendationRequest
---@return awsjobs.sagemaker.GetScalingConfigurationRecommendationResponse? result
---@return awsjobs.Error? err
function sagemaker:getScalingConfigurationRecommendation(params) end

---An auto-complete API for the search functionality in the SageMaker console.
---@param params awsjobs.sagemaker.GetSearchSuggestionsRequest
---@return awsjobs.sagemaker.GetSearchSuggestionsResponse? result
---@return awsjobs.Error? err
function sagemaker:getSearchSuggestions(params) end

---Import hub content.
---@param params awsjobs.sagemaker.ImportHubContentRequest
---@return awsjobs.sagemaker.ImportHubContentResponse? result
---@return awsjobs.Error? err
function sagemaker:importHubContent(params) end

---Returns a list of AI benchmark jobs in your account.
---@param params? awsjobs.sagemaker.ListAIBenchmarkJobsRequest
---@return awsjobs.sagemaker.ListAIBenchmarkJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAIBenchmarkJobs(params) end

---Returns a list of AI recommendation jobs in your account.
---@param params? awsjobs.sagemaker.ListAIRecommendationJobsRequest
---@return awsjobs.sagemaker.ListAIRecommendationJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAIRecommendationJobs(params) end

---Returns a list of AI workload configurations in your account.
---@param params? awsjobs.sagemaker.ListAIWorkloadConfigsRequest
---@return awsjobs.sagemaker.ListAIWorkloadConfigsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAIWorkloadConfigs(params) end

---Lists the actions in your account and their properties.
---@param params? awsjobs.sagemaker.ListActionsRequest
---@return awsjobs.sagemaker.ListActionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listActions(params) end

---Lists the machine learning algorithms that have been created.
---@param params? awsjobs.sagemaker.ListAlgorithmsInput
---@return awsjobs.sagemaker.ListAlgorithmsOutput? result
---@return awsjobs.Error? err
function sagemaker:listAlgorithms(params) end

---Lists the aliases of a specified image or image version.
---@param params awsjobs.sagemaker.ListAliasesRequest
---@return awsjobs.sagemaker.ListAliasesResponse? result
---@return awsjobs.Error? err
function sagemaker:listAliases(params) end

---Lists the AppImageConfigs in your account and their properties.
---@param params? awsjobs.sagemaker.ListAppImageConfigsRequest
---@return awsjobs.sagemaker.ListAppImageConfigsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAppImageConfigs(params) end

---Lists apps.
---@param params? awsjobs.sagemaker.ListAppsRequest
---@return awsjobs.sagemaker.ListAppsResponse? result
---@return awsjobs.Error? err
function sagemaker:listApps(params) end

---Lists the artifacts in your account and their properties.
---@param params? awsjobs.sagemaker.ListArtifactsRequest
---@return awsjobs.sagemaker.ListArtifactsResponse? result
---@return awsjobs.Error? err
function sagemaker:listArtifacts(params) end

---Lists the associations in your account and their properties.
---@param params? awsjobs.sagemaker.ListAssociationsRequest
---@return awsjobs.sagemaker.ListAssociationsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAssociations(params) end

---Request a list of jobs.
---@param params? awsjobs.sagemaker.ListAutoMLJobsRequest
---@return awsjobs.sagemaker.ListAutoMLJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listAutoMLJobs(params) end

---List the candidates created for the job.
---@param params awsjobs.sagemaker.ListCandidatesForAutoMLJobRequest
---@return awsjobs.sagemaker.ListCandidatesForAutoMLJobResponse? result
---@return awsjobs.Error? err
function sagemaker:listCandidatesForAutoMLJob(params) end

---Retrieves a list of event summaries for a specified HyperPod cluster.
---@param params awsjobs.sagemaker.ListClusterEventsRequest
---@return awsjobs.sagemaker.ListClusterEventsResponse? result
---@return awsjobs.Error? err
function sagemaker:listClusterEvents(params) end

---Retrieves the list of instances (also called nodes interchangeably) in a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.ListClusterNodesRequest
---@return awsjobs.sagemaker.ListClusterNodesResponse? result
---@return awsjobs.Error? err
function sagemaker:listClusterNodes(params) end

---List the cluster policy configurations.
---@param params? awsjobs.sagemaker.ListClusterSchedulerConfigsRequest
---@return awsjobs.sagemaker.ListClusterSchedulerConfigsResponse? result
---@return awsjobs.Error? err
function sagemaker:listClusterSchedulerConfigs(params) end

---Retrieves the list of SageMaker HyperPod clusters.
---@param params? awsjobs.sagemaker.ListClustersRequest
---@return awsjobs.sagemaker.ListClustersResponse? result
---@return awsjobs.Error? err
function sagemaker:listClusters(params) end

---Gets a list of the Git repositories in your account.
---@param params? awsjobs.sagemaker.ListCodeRepositoriesInput
---@return awsjobs.sagemaker.ListCodeRepositoriesOutput? result
---@return awsjobs.Error? err
function sagemaker:listCodeRepositories(params) end

---Lists model compilation jobs that satisfy various filters.
---@param params? awsjobs.sagemaker.ListCompilationJobsRequest
---@return awsjobs.sagemaker.ListCompilationJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listCompilationJobs(params) end

---List the resource allocation definitions.
---@param params? awsjobs.sagemaker.ListComputeQuotasRequest
---@return awsjobs.sagemaker.ListComputeQuotasResponse? result
---@return awsjobs.Error? err
function sagemaker:listComputeQuotas(params) end

---Lists the contexts in your account and their properties.
---@param params? awsjobs.sagemaker.ListContextsRequest
---@return awsjobs.sagemaker.ListContextsResponse? result
---@return awsjobs.Error? err
function sagemaker:listContexts(params) end

---Lists the data quality job definitions in your account.
---@param params? awsjobs.sagemaker.ListDataQualityJobDefinitionsRequest
---@return awsjobs.sagemaker.ListDataQualityJobDefinitionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listDataQualityJobDefinitions(params) end

---Returns a list of devices in the fleet.
---@param params? awsjobs.sagemaker.ListDeviceFleetsRequest
---@return awsjobs.sagemaker.ListDeviceFleetsResponse? result
---@return awsjobs.Error? err
function sagemaker:listDeviceFleets(params) end

---A list of devices.
---@param params? awsjobs.sagemaker.ListDevicesRequest
---@return awsjobs.sagemaker.ListDevicesResponse? result
---@return awsjobs.Error? err
function sagemaker:listDevices(params) end

---Lists the domains.
---@param params? awsjobs.sagemaker.ListDomainsRequest
---@return awsjobs.sagemaker.ListDomainsResponse? result
---@return awsjobs.Error? err
function sagemaker:listDomains(params) end

---Lists all edge deployment plans.
---@param params? awsjobs.sagemaker.ListEdgeDeploymentPlansRequest
---@return awsjobs.sagemaker.ListEdgeDeploymentPlansResponse? result
---@return awsjobs.Error? err
function sagemaker:listEdgeDeploymentPlans(params) end

---Returns a list of edge packaging jobs.
---@param params? awsjobs.sagemaker.ListEdgePackagingJobsRequest
---@return awsjobs.sagemaker.ListEdgePackagingJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listEdgePackagingJobs(params) end

---Lists endpoint configurations.
---@param params? awsjobs.sagemaker.ListEndpointConfigsInput
---@return awsjobs.sagemaker.ListEndpointConfigsOutput? result
---@return awsjobs.Error? err
function sagemaker:listEndpointConfigs(params) end

---Lists endpoints.
---@param params? awsjobs.sagemaker.ListEndpointsInput
---@return awsjobs.sagemaker.ListEndpointsOutput? result
---@return awsjobs.Error? err
function sagemaker:listEndpoints(params) end

---Lists all the experiments in your account.
---@param params? awsjobs.sagemaker.ListExperimentsRequest
---@return awsjobs.sagemaker.ListExperimentsResponse? result
---@return awsjobs.Error? err
function sagemaker:listExperiments(params) end

---List FeatureGroups based on given filter and order.
---@param params? awsjobs.sagemaker.ListFeatureGroupsRequest
---@return awsjobs.sagemaker.ListFeatureGroupsResponse? result
---@return awsjobs.Error? err
function sagemaker:listFeatureGroups(params) end

---Returns information about the flow definitions in your account.
---@param params? awsjobs.sagemaker.ListFlowDefinitionsRequest
---@return awsjobs.sagemaker.ListFlowDefinitionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listFlowDefinitions(params) end

---List hub content versions.
---@param params awsjobs.sagemaker.ListHubContentVersionsRequest
---@return awsjobs.sagemaker.ListHubContentVersionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listHubContentVersions(params) end

---List the contents of a hub.
---@param params awsjobs.sagemaker.ListHubContentsRequest
---@return awsjobs.sagemaker.ListHubContentsResponse? result
---@return awsjobs.Error? err
function sagemaker:listHubContents(params) end

---List all existing hubs.
---@param params? awsjobs.sagemaker.ListHubsRequest
---@return awsjobs.sagemaker.ListHubsResponse? result
---@return awsjobs.Error? err
function sagemaker:listHubs(params) end

---Returns information about the human task user interfaces in your account.
---@param params? awsjobs.sagemaker.ListHumanTaskUisRequest
---@return awsjobs.sagemaker.ListHumanTaskUisResponse? result
---@return awsjobs.Error? err
function sagemaker:listHumanTaskUis(params) end

---Gets a list of HyperParameterTuningJobSummary objects that describe the hyperparameter tuning jobs launched in your account.
---@param params? awsjobs.sagemaker.ListHyperParameterTuningJobsRequest
---@return awsjobs.sagemaker.ListHyperParameterTuningJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listHyperParameterTuningJobs(params) end

---Lists the versions of a specified image and their properties.
---@param params awsjobs.sagemaker.ListImageVersionsRequest
---@return awsjobs.sagemaker.ListImageVersionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listImageVersions(params) end

---Lists the images in your account and their properties.
---@param params? awsjobs.sagemaker.ListImagesRequest
---@return awsjobs.sagemaker.ListImagesResponse? result
---@return awsjobs.Error? err
function sagemaker:listImages(params) end

---Lists the inference components in your account and their properties.
---@param params? awsjobs.sagemaker.ListInferenceComponentsInput
---@return awsjobs.sagemaker.ListInferenceComponentsOutput? result
---@return awsjobs.Error? err
function sagemaker:listInferenceComponents(params) end

---Returns the list of all inference experiments.
---@param params? awsjobs.sagemaker.ListInferenceExperimentsRequest
---@return awsjobs.sagemaker.ListInferenceExperimentsResponse? result
---@return awsjobs.Error? err
function sagemaker:listInferenceExperiments(params) end

---Returns a list of the subtasks for an Inference Recommender job.
---@param params awsjobs.sagemaker.ListInferenceRecommendationsJobStepsRequest
---@return awsjobs.sagemaker.ListInferenceRecommendationsJobStepsResponse? result
---@return awsjobs.Error? err
function sagemaker:listInferenceRecommendationsJobSteps(params) end

---Lists recommendation jobs that satisfy various filters.
---@param params? awsjobs.sagemaker.ListInferenceRecommendationsJobsRequest
---@return awsjobs.sagemaker.ListInferenceRecommendationsJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listInferenceRecommendationsJobs(params) end

---Gets a list of labeling jobs.
---@param params? awsjobs.sagemaker.ListLabelingJobsRequest
---@return awsjobs.sagemaker.ListLabelingJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listLabelingJobs(params) end

---Gets a list of labeling jobs assigned to a specified work team.
---@param params awsjobs.sagemaker.ListLabelingJobsForWorkteamRequest
---@return awsjobs.sagemaker.ListLabelingJobsForWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:listLabelingJobsForWorkteam(params) end

---A list of lineage groups shared with your Amazon Web Services account.
---@param params? awsjobs.sagemaker.ListLineageGroupsRequest
---@return awsjobs.sagemaker.ListLineageGroupsResponse? result
---@return awsjobs.Error? err
function sagemaker:listLineageGroups(params) end

---Lists all MLflow Apps
---@param params? awsjobs.sagemaker.ListMlflowAppsRequest
---@return awsjobs.sagemaker.ListMlflowAppsResponse? result
---@return awsjobs.Error? err
function sagemaker:listMlflowApps(params) end

---Lists all MLflow Tracking Servers.
---@param params? awsjobs.sagemaker.ListMlflowTrackingServersRequest
---@return awsjobs.sagemaker.ListMlflowTrackingServersResponse? result
---@return awsjobs.Error? err
function sagemaker:listMlflowTrackingServers(params) end

---Lists model bias jobs definitions that satisfy various filters.
---@param params? awsjobs.sagemaker.ListModelBiasJobDefinitionsRequest
---@return awsjobs.sagemaker.ListModelBiasJobDefinitionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelBiasJobDefinitions(params) end

---List the export jobs for the Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.ListModelCardExportJobsRequest
---@return awsjobs.sagemaker.ListModelCardExportJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelCardExportJobs(params) end

---List existing versions of an Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.ListModelCardVersionsRequest
---@return awsjobs.sagemaker.ListModelCardVersionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelCardVersions(params) end

---List existing model cards.
---@param params? awsjobs.sagemaker.ListModelCardsRequest
---@return awsjobs.sagemaker.ListModelCardsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelCards(params) end

---Lists model explainability job definitions that satisfy various filters.
---@param params? awsjobs.sagemaker.ListModelExplainabilityJobDefinitionsRequest
---@return awsjobs.sagemaker.ListModelExplainabilityJobDefinitionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelExplainabilityJobDefinitions(params) end

---Lists the domain, framework, task, and model name of standard machine learning models found in common model zoos.
---@param params? awsjobs.sagemaker.ListModelMetadataRequest
---@return awsjobs.sagemaker.ListModelMetadataResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelMetadata(params) end

---Gets a list of the model groups in your Amazon Web Services account.
---@param params? awsjobs.sagemaker.ListModelPackageGroupsInput
---@return awsjobs.sagemaker.ListModelPackageGroupsOutput? result
---@return awsjobs.Error? err
function sagemaker:listModelPackageGroups(params) end

---Lists the model packages that have been created.
---@param params? awsjobs.sagemaker.ListModelPackagesInput
---@return awsjobs.sagemaker.ListModelPackagesOutput? result
---@return awsjobs.Error? err
function sagemaker:listModelPackages(params) end

---Gets a list of model quality monitoring job definitions in your account.
---@param params? awsjobs.sagemaker.ListModelQualityJobDefinitionsRequest
---@return awsjobs.sagemaker.ListModelQualityJobDefinitionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listModelQualityJobDefinitions(params) end

---Lists models created with the CreateModel API.
---@param params? awsjobs.sagemaker.ListModelsInput
---@return awsjobs.sagemaker.ListModelsOutput? result
---@return awsjobs.Error? err
function sagemaker:listModels(params) end

---Gets a list of past alerts in a model monitoring schedule.
---@param params? awsjobs.sagemaker.ListMonitoringAlertHistoryRequest
---@return awsjobs.sagemaker.ListMonitoringAlertHistoryResponse? result
---@return awsjobs.Error? err
function sagemaker:listMonitoringAlertHistory(params) end

---Gets the alerts for a single monitoring schedule.
---@param params awsjobs.sagemaker.ListMonitoringAlertsRequest
---@return awsjobs.sagemaker.ListMonitoringAlertsResponse? result
---@return awsjobs.Error? err
function sagemaker:listMonitoringAlerts(params) end

---Returns list of all monitoring job executions.
---@param params? awsjobs.sagemaker.ListMonitoringExecutionsRequest
---@return awsjobs.sagemaker.ListMonitoringExecutionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listMonitoringExecutions(params) end

---Returns list of all monitoring schedules.
---@param params? awsjobs.sagemaker.ListMonitoringSchedulesRequest
---@return awsjobs.sagemaker.ListMonitoringSchedulesResponse? result
---@return awsjobs.Error? err
function sagemaker:listMonitoringSchedules(params) end

---Lists notebook instance lifestyle configurations created with the CreateNotebookInstanceLifecycleConfig API.
---@param params? awsjobs.sagemaker.ListNotebookInstanceLifecycleConfigsInput
---@return awsjobs.sagemaker.ListNotebookInstanceLifecycleConfigsOutput? result
---@return awsjobs.Error? err
function sagemaker:listNotebookInstanceLifecycleConfigs(params) end

---Returns a list of the SageMaker AI notebook instances in the requester's account in an Amazon Web Services Region.
---@param params? awsjobs.sagemaker.ListNotebookInstancesInput
---@return awsjobs.sagemaker.ListNotebookInstancesOutput? result
---@return awsjobs.Error? err
function sagemaker:listNotebookInstances(params) end

---Lists the optimization jobs in your account and their properties.
---@param params? awsjobs.sagemaker.ListOptimizationJobsRequest
---@return awsjobs.sagemaker.ListOptimizationJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listOptimizationJobs(params) end

---Lists all of the SageMaker Partner AI Apps in an account.
---@param params? awsjobs.sagemaker.ListPartnerAppsRequest
---@return awsjobs.sagemaker.ListPartnerAppsResponse? result
---@return awsjobs.Error? err
function sagemaker:listPartnerApps(params) end

---Gets a list of PipeLineExecutionStep objects.
---@param params? awsjobs.sagemaker.ListPipelineExecutionStepsRequest
---@return awsjobs.sagemaker.ListPipelineExecutionStepsResponse? result
---@return awsjobs.Error? err
function sagemaker:listPipelineExecutionSteps(params) end

---Gets a list of the pipeline executions.
---@param params awsjobs.sagemaker.ListPipelineExecutionsRequest
---@return awsjobs.sagemaker.ListPipelineExecutionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listPipelineExecutions(params) end

---Gets a list of parameters for a pipeline execution.
---@param params awsjobs.sagemaker.ListPipelineParametersForExecutionRequest
---@return awsjobs.sagemaker.ListPipelineParametersForExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:listPipelineParametersForExecution(params) end

---Gets a list of all versions of the pipeline.
---@param params awsjobs.sagemaker.ListPipelineVersionsRequest
---@return awsjobs.sagemaker.ListPipelineVersionsResponse? result
---@return awsjobs.Error? err
function sagemaker:listPipelineVersions(params) end

---Gets a list of pipelines.
---@param params? awsjobs.sagemaker.ListPipelinesRequest
---@return awsjobs.sagemaker.ListPipelinesResponse? result
---@return awsjobs.Error? err
function sagemaker:listPipelines(params) end

---Lists processing jobs that satisfy various filters.
---@param params? awsjobs.sagemaker.ListProcessingJobsRequest
---@return awsjobs.sagemaker.ListProcessingJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listProcessingJobs(params) end

---Gets a list of the projects in an Amazon Web Services account.
---@param params? awsjobs.sagemaker.ListProjectsInput
---@return awsjobs.sagemaker.ListProjectsOutput? result
---@return awsjobs.Error? err
function sagemaker:listProjects(params) end

---Lists Amazon SageMaker Catalogs based on given filters and orders.
---@param params? awsjobs.sagemaker.ListResourceCatalogsRequest
---@return awsjobs.sagemaker.ListResourceCatalogsResponse? result
---@return awsjobs.Error? err
function sagemaker:listResourceCatalogs(params) end

---Lists spaces.
---@param params? awsjobs.sagemaker.ListSpacesRequest
---@return awsjobs.sagemaker.ListSpacesResponse? result
---@return awsjobs.Error? err
function sagemaker:listSpaces(params) end

---Lists devices allocated to the stage, containing detailed device information and deployment status.
---@param params awsjobs.sagemaker.ListStageDevicesRequest
---@return awsjobs.sagemaker.ListStageDevicesResponse? result
---@return awsjobs.Error? err
function sagemaker:listStageDevices(params) end

---Lists the Amazon SageMaker AI Studio Lifecycle Configurations in your Amazon Web Services Account.
---@param params? awsjobs.sagemaker.ListStudioLifecycleConfigsRequest
---@return awsjobs.sagemaker.ListStudioLifecycleConfigsResponse? result
---@return awsjobs.Error? err
function sagemaker:listStudioLifecycleConfigs(params) end

---Gets a list of the work teams that you are subscribed to in the Amazon Web Services Marketplace.
---@param params? awsjobs.sagemaker.ListSubscribedWorkteamsRequest
---@return awsjobs.sagemaker.ListSubscribedWorkteamsResponse? result
---@return awsjobs.Error? err
function sagemaker:listSubscribedWorkteams(params) end

---Returns the tags for the specified SageMaker resource.
---@param params awsjobs.sagemaker.ListTagsInput
---@return awsjobs.sagemaker.ListTagsOutput? result
---@return awsjobs.Error? err
function sagemaker:listTags(params) end

---Lists training jobs.
---@param params? awsjobs.sagemaker.ListTrainingJobsRequest
---@return awsjobs.sagemaker.ListTrainingJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listTrainingJobs(params) end

---Gets a list of TrainingJobSummary objects that describe the training jobs that a hyperparameter tuning job launched.
---@param params awsjobs.sagemaker.ListTrainingJobsForHyperParameterTuningJobRequest
---@return awsjobs.sagemaker.ListTrainingJobsForHyperParameterTuningJobResponse? result
---@return awsjobs.Error? err
function sagemaker:listTrainingJobsForHyperParameterTuningJob(params) end

---Retrieves a list of training plans for the current account.
---@param params? awsjobs.sagemaker.ListTrainingPlansRequest
---@return awsjobs.sagemaker.ListTrainingPlansResponse? result
---@return awsjobs.Error? err
function sagemaker:listTrainingPlans(params) end

---Lists transform jobs.
---@param params? awsjobs.sagemaker.ListTransformJobsRequest
---@return awsjobs.sagemaker.ListTransformJobsResponse? result
---@return awsjobs.Error? err
function sagemaker:listTransformJobs(params) end

---Lists the trial components in your account.
---@param params? awsjobs.sagemaker.ListTrialComponentsRequest
---@return awsjobs.sagemaker.ListTrialComponentsResponse? result
---@return awsjobs.Error? err
function sagemaker:listTrialComponents(params) end

---Lists the trials in your account.
---@param params? awsjobs.sagemaker.ListTrialsRequest
---@return awsjobs.sagemaker.ListTrialsResponse? result
---@return awsjobs.Error? err
function sagemaker:listTrials(params) end

---Lists all UltraServers that are part of a specified reserved capacity.
---@param params awsjobs.sagemaker.ListUltraServersByReservedCapacityRequest
---@return awsjobs.sagemaker.ListUltraServersByReservedCapacityResponse? result
---@return awsjobs.Error? err
function sagemaker:listUltraServersByReservedCapacity(params) end

---Lists user profiles.
---@param params? awsjobs.sagemaker.ListUserProfilesRequest
---@return awsjobs.sagemaker.ListUserProfilesResponse? result
---@return awsjobs.Error? err
function sagemaker:listUserProfiles(params) end

---Use this operation to list all private and vendor workforces in an Amazon Web Services Region.
---@param params? awsjobs.sagemaker.ListWorkforcesRequest
---@return awsjobs.sagemaker.ListWorkforcesResponse? result
---@return awsjobs.Error? err
function sagemaker:listWorkforces(params) end

---Gets a list of private work teams that you have defined in a region.
---@param params? awsjobs.sagemaker.ListWorkteamsRequest
---@return awsjobs.sagemaker.ListWorkteamsResponse? result
---@return awsjobs.Error? err
function sagemaker:listWorkteams(params) end

---Adds a resouce policy to control access to a model group.
---@param params awsjobs.sagemaker.PutModelPackageGroupPolicyInput
---@return awsjobs.sagemaker.PutModelPackageGroupPolicyOutput? result
---@return awsjobs.Error? err
function sagemaker:putModelPackageGroupPolicy(params) end

---Use this action to inspect your lineage and discover relationships between entities.
---@param params? awsjobs.sagemaker.QueryLineageRequest
---@return awsjobs.sagemaker.QueryLineageResponse? result
---@return awsjobs.Error? err
function sagemaker:queryLineage(params) end

---Register devices.
---@param params awsjobs.sagemaker.RegisterDevicesRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:registerDevices(params) end

---Renders the UI template so that you can preview the worker's experience.
---@param params awsjobs.sagemaker.RenderUiTemplateRequest
---@return awsjobs.sagemaker.RenderUiTemplateResponse? result
---@return awsjobs.Error? err
function sagemaker:renderUiTemplate(params) end

---Retry the execution of the pipeline.
---@param params awsjobs.sagemaker.RetryPipelineExecutionRequest
---@return awsjobs.sagemaker.RetryPipelineExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:retryPipelineExecution(params) end

---Finds SageMaker resources that match a search query.
---@param params awsjobs.sagemaker.SearchRequest
---@return awsjobs.sagemaker.SearchResponse? result
---@return awsjobs.Error? err
function sagemaker:search(params) end

---Searches for available training plan offerings based on specified criteria.
---@param params? awsjobs.sagemaker.SearchTrainingPlanOfferingsRequest
---@return awsjobs.sagemaker.SearchTrainingPlanOfferingsResponse? result
---@return awsjobs.Error? err
function sagemaker:searchTrainingPlanOfferings(params) end

---Notifies the pipeline that the execution of a callback step failed, along with a message describing why.
---@param params awsjobs.sagemaker.SendPipelineExecutionStepFailureRequest
---@return awsjobs.sagemaker.SendPipelineExecutionStepFailureResponse? result
---@return awsjobs.Error? err
function sagemaker:sendPipelineExecutionStepFailure(params) end

---Notifies the pipeline that the execution of a callback step succeeded and provides a list of the step's output parameters.
---@param params awsjobs.sagemaker.SendPipelineExecutionStepSuccessRequest
---@return awsjobs.sagemaker.SendPipelineExecutionStepSuccessResponse? result
---@return awsjobs.Error? err
function sagemaker:sendPipelineExecutionStepSuccess(params) end

---Start deep health checks for a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.StartClusterHealthCheckRequest
---@return awsjobs.sagemaker.StartClusterHealthCheckResponse? result
---@return awsjobs.Error? err
function sagemaker:startClusterHealthCheck(params) end

---Starts a stage in an edge deployment plan.
---@param params awsjobs.sagemaker.StartEdgeDeploymentStageRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:startEdgeDeploymentStage(params) end

---Starts an inference experiment.
---@param params awsjobs.sagemaker.StartInferenceExperimentRequest
---@return awsjobs.sagemaker.StartInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:startInferenceExperiment(params) end

---Programmatically start an MLflow Tracking Server.
---@param params awsjobs.sagemaker.StartMlflowTrackingServerRequest
---@return awsjobs.sagemaker.StartMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:startMlflowTrackingServer(params) end

---Starts a previously stopped monitoring schedule.
---@param params awsjobs.sagemaker.StartMonitoringScheduleRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:startMonitoringSchedule(params) end

---Launches an ML compute instance with the latest version of the libraries and attaches your ML storage volume.
---@param params awsjobs.sagemaker.StartNotebookInstanceInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:startNotebookInstance(params) end

---Starts a pipeline execution.
---@param params awsjobs.sagemaker.StartPipelineExecutionRequest
---@return awsjobs.sagemaker.StartPipelineExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:startPipelineExecution(params) end

---Initiates a remote connection session between a local integrated development environments (IDEs) and a remote SageMaker space.
---@param params awsjobs.sagemaker.StartSessionRequest
---@return awsjobs.sagemaker.StartSessionResponse? result
---@return awsjobs.Error? err
function sagemaker:startSession(params) end

---Stops a running AI benchmark job.
---@param params awsjobs.sagemaker.StopAIBenchmarkJobRequest
---@return awsjobs.sagemaker.StopAIBenchmarkJobResponse? result
---@return awsjobs.Error? err
function sagemaker:stopAIBenchmarkJob(params) end

---Stops a running AI recommendation job.
---@param params awsjobs.sagemaker.StopAIRecommendationJobRequest
---@return awsjobs.sagemaker.StopAIRecommendationJobResponse? result
---@return awsjobs.Error? err
function sagemaker:stopAIRecommendationJob(params) end

---A method for forcing a running job to shut down.
---@param params awsjobs.sagemaker.StopAutoMLJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopAutoMLJob(params) end

---Stops a model compilation job.
---@param params awsjobs.sagemaker.StopCompilationJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopCompilationJob(params) end

---Stops a stage in an edge deployment plan.
---@param params awsjobs.sagemaker.StopEdgeDeploymentStageRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopEdgeDeploymentStage(params) end

---Request to stop an edge packaging job.
---@param params awsjobs.sagemaker.StopEdgePackagingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopEdgePackagingJob(params) end

---Stops a running hyperparameter tuning job and all running training jobs that the tuning job launched.
---@param params awsjobs.sagemaker.StopHyperParameterTuningJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopHyperParameterTuningJob(params) end

---Stops an inference experiment.
---@param params awsjobs.sagemaker.StopInferenceExperimentRequest
---@return awsjobs.sagemaker.StopInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:stopInferenceExperiment(params) end

---Stops an Inference Recommender job.
---@param params awsjobs.sagemaker.StopInferenceRecommendationsJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopInferenceRecommendationsJob(params) end

---Stops a running labeling job.
---@param params awsjobs.sagemaker.StopLabelingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopLabelingJob(params) end

---Programmatically stop an MLflow Tracking Server.
---@param params awsjobs.sagemaker.StopMlflowTrackingServerRequest
---@return awsjobs.sagemaker.StopMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:stopMlflowTrackingServer(params) end

---Stops a previously started monitoring schedule.
---@param params awsjobs.sagemaker.StopMonitoringScheduleRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopMonitoringSchedule(params) end

---Terminates the ML compute instance.
---@param params awsjobs.sagemaker.StopNotebookInstanceInput
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopNotebookInstance(params) end

---Ends a running inference optimization job.
---@param params awsjobs.sagemaker.StopOptimizationJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopOptimizationJob(params) end

---Stops a pipeline execution.
---@param params awsjobs.sagemaker.StopPipelineExecutionRequest
---@return awsjobs.sagemaker.StopPipelineExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:stopPipelineExecution(params) end

---Stops a processing job.
---@param params awsjobs.sagemaker.StopProcessingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopProcessingJob(params) end

---Stops a training job.
---@param params awsjobs.sagemaker.StopTrainingJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopTrainingJob(params) end

---Stops a batch transform job.
---@param params awsjobs.sagemaker.StopTransformJobRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:stopTransformJob(params) end

---Updates an action.
---@param params awsjobs.sagemaker.UpdateActionRequest
---@return awsjobs.sagemaker.UpdateActionResponse? result
---@return awsjobs.Error? err
function sagemaker:updateAction(params) end

---Updates the properties of an AppImageConfig.
---@param params awsjobs.sagemaker.UpdateAppImageConfigRequest
---@return awsjobs.sagemaker.UpdateAppImageConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:updateAppImageConfig(params) end

---Updates an artifact.
---@param params awsjobs.sagemaker.UpdateArtifactRequest
---@return awsjobs.sagemaker.UpdateArtifactResponse? result
---@return awsjobs.Error? err
function sagemaker:updateArtifact(params) end

---Updates a SageMaker HyperPod cluster.
---@param params awsjobs.sagemaker.UpdateClusterRequest
---@return awsjobs.sagemaker.UpdateClusterResponse? result
---@return awsjobs.Error? err
function sagemaker:updateCluster(params) end

---Update the cluster policy configuration.
---@param params awsjobs.sagemaker.UpdateClusterSchedulerConfigRequest
---@return awsjobs.sagemaker.UpdateClusterSchedulerConfigResponse? result
---@return awsjobs.Error? err
function sagemaker:updateClusterSchedulerConfig(params) end

---Updates the platform software of a SageMaker HyperPod cluster for security patching.
---@param params awsjobs.sagemaker.UpdateClusterSoftwareRequest
---@return awsjobs.sagemaker.UpdateClusterSoftwareResponse? result
---@return awsjobs.Error? err
function sagemaker:updateClusterSoftware(params) end

---Updates the specified Git repository with the specified values.
---@param params awsjobs.sagemaker.UpdateCodeRepositoryInput
---@return awsjobs.sagemaker.UpdateCodeRepositoryOutput? result
---@return awsjobs.Error? err
function sagemaker:updateCodeRepository(params) end

---Update the compute allocation definition.
---@param params awsjobs.sagemaker.UpdateComputeQuotaRequest
---@return awsjobs.sagemaker.UpdateComputeQuotaResponse? result
---@return awsjobs.Error? err
function sagemaker:updateComputeQuota(params) end

---Updates a context.
---@param params awsjobs.sagemaker.UpdateContextRequest
---@return awsjobs.sagemaker.UpdateContextResponse? result
---@return awsjobs.Error? err
function sagemaker:updateContext(params) end

---Updates a fleet of devices.
---@param params awsjobs.sagemaker.UpdateDeviceFleetRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:updateDeviceFleet(params) end

---Updates one or more devices in a fleet.
---@param params awsjobs.sagemaker.UpdateDevicesRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:updateDevices(params) end

---Updates the default settings for new user profiles in the domain.
---@param params awsjobs.sagemaker.UpdateDomainRequest
---@return awsjobs.sagemaker.UpdateDomainResponse? result
---@return awsjobs.Error? err
function sagemaker:updateDomain(params) end

---Deploys the EndpointConfig specified in the request to a new fleet of instances.
---@param params awsjobs.sagemaker.UpdateEndpointInput
---@return awsjobs.sagemaker.UpdateEndpointOutput? result
---@return awsjobs.Error? err
function sagemaker:updateEndpoint(params) end

---Updates variant weight of one or more variants associated with an existing endpoint, or capacity of one variant associated with an existing endpoint.
---@param params awsjobs.sagemaker.UpdateEndpointWeightsAndCapacitiesInput
---@return awsjobs.sagemaker.UpdateEndpointWeightsAndCapacitiesOutput? result
---@return awsjobs.Error? err
function sagemaker:updateEndpointWeightsAndCapacities(params) end

---Adds, updates, or removes the description of an experiment.
---@param params awsjobs.sagemaker.UpdateExperimentRequest
---@return awsjobs.sagemaker.UpdateExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:updateExperiment(params) end

---Updates the feature group by either adding features or updating the online store configuration.
---@param params awsjobs.sagemaker.UpdateFeatureGroupRequest
---@return awsjobs.sagemaker.UpdateFeatureGroupResponse? result
---@return awsjobs.Error? err
function sagemaker:updateFeatureGroup(params) end

---Updates the description and parameters of the feature group.
---@param params awsjobs.sagemaker.UpdateFeatureMetadataRequest
---@return table? result
---@return awsjobs.Error? err
function sagemaker:updateFeatureMetadata(params) end

---Update a hub.
---@param params awsjobs.sagemaker.UpdateHubRequest
---@return awsjobs.sagemaker.UpdateHubResponse? result
---@return awsjobs.Error? err
function sagemaker:updateHub(params) end

---Updates SageMaker hub content (either a Model or Notebook resource).
---@param params awsjobs.sagemaker.UpdateHubContentRequest
---@return awsjobs.sagemaker.UpdateHubContentResponse? result
---@return awsjobs.Error? err
function sagemaker:updateHubContent(params) end

---Updates the contents of a SageMaker hub for a ModelReference resource.
---@param params awsjobs.sagemaker.UpdateHubContentReferenceRequest
---@return awsjobs.sagemaker.UpdateHubContentReferenceResponse? result
---@return awsjobs.Error? err
function sagemaker:updateHubContentReference(params) end

---Updates the properties of a SageMaker AI image.
---@param params awsjobs.sagemaker.UpdateImageRequest
---@return awsjobs.sagemaker.UpdateImageResponse? result
---@return awsjobs.Error? err
function sagemaker:updateImage(params) end

---Updates the properties of a SageMaker AI image version.
---@param params awsjobs.sagemaker.UpdateImageVersionRequest
---@return awsjobs.sagemaker.UpdateImageVersionResponse? result
---@return awsjobs.Error? err
function sagemaker:updateImageVersion(params) end

---Updates an inference component.
---@param params awsjobs.sagemaker.UpdateInferenceComponentInput
---@return awsjobs.sagemaker.UpdateInferenceComponentOutput? result
---@return awsjobs.Error? err
function sagemaker:updateInferenceComponent(params) end

---Runtime settings for a model that is deployed with an inference component.
---@param params awsjobs.sagemaker.UpdateInferenceComponentRuntimeConfigInput
---@return awsjobs.sagemaker.UpdateInferenceComponentRuntimeConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:updateInferenceComponentRuntimeConfig(params) end

---Updates an inference experiment that you created.
---@param params awsjobs.sagemaker.UpdateInferenceExperimentRequest
---@return awsjobs.sagemaker.UpdateInferenceExperimentResponse? result
---@return awsjobs.Error? err
function sagemaker:updateInferenceExperiment(params) end

---Updates an MLflow App.
---@param params awsjobs.sagemaker.UpdateMlflowAppRequest
---@return awsjobs.sagemaker.UpdateMlflowAppResponse? result
---@return awsjobs.Error? err
function sagemaker:updateMlflowApp(params) end

---Updates properties of an existing MLflow Tracking Server.
---@param params awsjobs.sagemaker.UpdateMlflowTrackingServerRequest
---@return awsjobs.sagemaker.UpdateMlflowTrackingServerResponse? result
---@return awsjobs.Error? err
function sagemaker:updateMlflowTrackingServer(params) end

---Update an Amazon SageMaker Model Card.
---@param params awsjobs.sagemaker.UpdateModelCardRequest
---@return awsjobs.sagemaker.UpdateModelCardResponse? result
---@return awsjobs.Error? err
function sagemaker:updateModelCard(params) end

---Updates a versioned model.
---@param params awsjobs.sagemaker.UpdateModelPackageInput
---@return awsjobs.sagemaker.UpdateModelPackageOutput? result
---@return awsjobs.Error? err
function sagemaker:updateModelPackage(params) end

---Update the parameters of a model monitor alert.
---@param params awsjobs.sagemaker.UpdateMonitoringAlertRequest
---@return awsjobs.sagemaker.UpdateMonitoringAlertResponse? result
---@return awsjobs.Error? err
function sagemaker:updateMonitoringAlert(params) end

---Updates a previously created schedule.
---@param params awsjobs.sagemaker.UpdateMonitoringScheduleRequest
---@return awsjobs.sagemaker.UpdateMonitoringScheduleResponse? result
---@return awsjobs.Error? err
function sagemaker:updateMonitoringSchedule(params) end

---Updates a notebook instance.
---@param params awsjobs.sagemaker.UpdateNotebookInstanceInput
---@return awsjobs.sagemaker.UpdateNotebookInstanceOutput? result
---@return awsjobs.Error? err
function sagemaker:updateNotebookInstance(params) end

---Updates a notebook instance lifecycle configuration created with the CreateNotebookInstanceLifecycleConfig API.
---@param params awsjobs.sagemaker.UpdateNotebookInstanceLifecycleConfigInput
---@return awsjobs.sagemaker.UpdateNotebookInstanceLifecycleConfigOutput? result
---@return awsjobs.Error? err
function sagemaker:updateNotebookInstanceLifecycleConfig(params) end

---Updates all of the SageMaker Partner AI Apps in an account.
---@param params awsjobs.sagemaker.UpdatePartnerAppRequest
---@return awsjobs.sagemaker.UpdatePartnerAppResponse? result
---@return awsjobs.Error? err
function sagemaker:updatePartnerApp(params) end

---Updates a pipeline.
---@param params awsjobs.sagemaker.UpdatePipelineRequest
---@return awsjobs.sagemaker.UpdatePipelineResponse? result
---@return awsjobs.Error? err
function sagemaker:updatePipeline(params) end

---Updates a pipeline execution.
---@param params awsjobs.sagemaker.UpdatePipelineExecutionRequest
---@return awsjobs.sagemaker.UpdatePipelineExecutionResponse? result
---@return awsjobs.Error? err
function sagemaker:updatePipelineExecution(params) end

---Updates a pipeline version.
---@param params awsjobs.sagemaker.UpdatePipelineVersionRequest
---@return awsjobs.sagemaker.UpdatePipelineVersionResponse? result
---@return awsjobs.Error? err
function sagemaker:updatePipelineVersion(params) end

---Updates a machine learning (ML) project that is created from a template that sets up an ML pipeline from training to deploying an approved model.
---@param params awsjobs.sagemaker.UpdateProjectInput
---@return awsjobs.sagemaker.UpdateProjectOutput? result
---@return awsjobs.Error? err
function sagemaker:updateProject(params) end

---Updates the settings of a space.
---@param params awsjobs.sagemaker.UpdateSpaceRequest
---@return awsjobs.sagemaker.UpdateSpaceResponse? result
---@return awsjobs.Error? err
function sagemaker:updateSpace(params) end

---Update a model training job to request a new Debugger profiling configuration or to change warm pool retention length.
---@param params awsjobs.sagemaker.UpdateTrainingJobRequest
---@return awsjobs.sagemaker.UpdateTrainingJobResponse? result
---@return awsjobs.Error? err
function sagemaker:updateTrainingJob(params) end

---Updates the display name of a trial.
---@param params awsjobs.sagemaker.UpdateTrialRequest
---@return awsjobs.sagemaker.UpdateTrialResponse? result
---@return awsjobs.Error? err
function sagemaker:updateTrial(params) end

---Updates one or more properties of a trial component.
---@param params awsjobs.sagemaker.UpdateTrialComponentRequest
---@return awsjobs.sagemaker.UpdateTrialComponentResponse? result
---@return awsjobs.Error? err
function sagemaker:updateTrialComponent(params) end

---Updates a user profile.
---@param params awsjobs.sagemaker.UpdateUserProfileRequest
---@return awsjobs.sagemaker.UpdateUserProfileResponse? result
---@return awsjobs.Error? err
function sagemaker:updateUserProfile(params) end

---Use this operation to update your workforce.
---@param params awsjobs.sagemaker.UpdateWorkforceRequest
---@return awsjobs.sagemaker.UpdateWorkforceResponse? result
---@return awsjobs.Error? err
function sagemaker:updateWorkforce(params) end

---Updates an existing work team with new member definitions or description.
---@param params awsjobs.sagemaker.UpdateWorkteamRequest
---@return awsjobs.sagemaker.UpdateWorkteamResponse? result
---@return awsjobs.Error? err
function sagemaker:updateWorkteam(params) end

---Calls an operation by name.
---@param operation awsjobs.sagemaker.Operation
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function sagemaker:call(operation, params) end

---Polls until the waiter's success state (or fails with err.kind "waiter").
---@param name awsjobs.sagemaker.Waiter
---@param params? table
---@param opts? awsjobs.WaiterOptions
---@return table? result
---@return awsjobs.Error? err
function sagemaker:waitUntil(name, params, opts) end

---Iterates over the pages of a paginated operation; a failed page is false, err.
---@param operation awsjobs.sagemaker.Paginated
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function sagemaker:pages(operation, params) end

---The result list of every page joined (a table of lists where there are several keys).
---@param operation awsjobs.sagemaker.Paginated
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function sagemaker:all(operation, params) end
