// The AWS services awsps talks to: how each one's SDK client is loaded, which environment variable names its
// endpoint override, and the .NET exception type AWS Tools reports for its service errors.
//
// Each loader is a literal dynamic import() so that esbuild puts every client package in its own chunk,
// read only the first time a command of that service runs.

import type { CloudWatchClient, CloudWatchClientConfig } from '@aws-sdk/client-cloudwatch';
import type { EC2Client, EC2ClientConfig } from '@aws-sdk/client-ec2';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { SNSClient, SNSClientConfig } from '@aws-sdk/client-sns';
import type { SQSClient, SQSClientConfig } from '@aws-sdk/client-sqs';
import type { SSOOIDCClient, SSOOIDCClientConfig } from '@aws-sdk/client-sso-oidc';
import type { STSClient, STSClientConfig } from '@aws-sdk/client-sts';

export const SERVICE_NAMES = ['s3', 'ec2', 'sqs', 'sns', 'cloudwatch', 'sts', 'ssooidc'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** The SDK client class of each service. */
export interface ServiceClients {
  s3: S3Client;
  ec2: EC2Client;
  sqs: SQSClient;
  sns: SNSClient;
  cloudwatch: CloudWatchClient;
  sts: STSClient;
  ssooidc: SSOOIDCClient;
}

interface ServiceConfigs {
  s3: S3ClientConfig;
  ec2: EC2ClientConfig;
  sqs: SQSClientConfig;
  sns: SNSClientConfig;
  cloudwatch: CloudWatchClientConfig;
  sts: STSClientConfig;
  ssooidc: SSOOIDCClientConfig;
}

export type ClientConstructor<S extends ServiceName> = new (config: ServiceConfigs[S]) => ServiceClients[S];

type Loaders = { [S in ServiceName]: () => Promise<ClientConstructor<S>> };

/**
 * A package's exports from a dynamic import(). Node gives the CommonJS SDK packages' named exports on the
 * namespace; the bundle (dist/) gives the whole module.exports object as `default`.
 */
export function packageExports<T extends object>(ns: T | { default: T }): T {
  const d = (ns as { default?: unknown }).default;
  return d !== null && typeof d === 'object' && Object.keys(ns).length === 1 ? (d as T) : (ns as T);
}

export const CLIENT_LOADERS: Loaders = {
  s3: async () => packageExports(await import('@aws-sdk/client-s3')).S3Client,
  ec2: async () => packageExports(await import('@aws-sdk/client-ec2')).EC2Client,
  sqs: async () => packageExports(await import('@aws-sdk/client-sqs')).SQSClient,
  sns: async () => packageExports(await import('@aws-sdk/client-sns')).SNSClient,
  cloudwatch: async () => packageExports(await import('@aws-sdk/client-cloudwatch')).CloudWatchClient,
  sts: async () => packageExports(await import('@aws-sdk/client-sts')).STSClient,
  ssooidc: async () => packageExports(await import('@aws-sdk/client-sso-oidc')).SSOOIDCClient,
};

export interface ServiceInfo {
  /** Suffix of the service's own endpoint variable, AWS_ENDPOINT_URL_<suffix> (from the SDK's serviceId). */
  readonly endpointEnvSuffix: string;
  /** The .NET service exception AWS Tools throws for this service's errors. */
  readonly exceptionType: string;
}

export const SERVICE_INFO: Readonly<Record<ServiceName, ServiceInfo>> = {
  s3: { endpointEnvSuffix: 'S3', exceptionType: 'Amazon.S3.AmazonS3Exception' },
  ec2: { endpointEnvSuffix: 'EC2', exceptionType: 'Amazon.EC2.AmazonEC2Exception' },
  sqs: { endpointEnvSuffix: 'SQS', exceptionType: 'Amazon.SQS.AmazonSQSException' },
  sns: {
    endpointEnvSuffix: 'SNS',
    exceptionType: 'Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceException',
  },
  cloudwatch: { endpointEnvSuffix: 'CLOUDWATCH', exceptionType: 'Amazon.CloudWatch.AmazonCloudWatchException' },
  sts: { endpointEnvSuffix: 'STS', exceptionType: 'Amazon.SecurityToken.AmazonSecurityTokenServiceException' },
  ssooidc: { endpointEnvSuffix: 'SSO_OIDC', exceptionType: 'Amazon.SSOOIDC.AmazonSSOOIDCException' },
};

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
