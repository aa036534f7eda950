// The user guide's SQS and SNS walkthrough (sqs-sns.ps1) end to end through the CLI against moto: queue,
// topic, the policy here-string, subscription, permissions, publish, and the notification received from the
// queue, cross-checked with the AWS CLI.

import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
let out = '';
let err = '';
let code = -1;

beforeAll(() => {
  const r = w.run('sqs-sns.ps1');
  out = r.stdout;
  err = r.stderr;
  code = r.code;
});

describe('SQS and SNS walkthrough', () => {
  it('runs without errors', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('New-SQSQueue writes the queue URL, Get-SQSQueueAttribute the QueueARN, New-SNSTopic the topic ARN', () => {
    const url = w.awsJson<{ QueueUrl: string }>(['sqs', 'get-queue-url', '--queue-name', 'myQueue']).QueueUrl;
    expect(section(out, 'new queue')).toBe(`${url}\n`);
    expect(section(out, 'queue arn')).toBe('\nQueueARN : arn:aws:sqs:us-east-1:123456789012:myQueue\n\n');
    expect(section(out, 'new topic')).toBe('arn:aws:sns:us-east-1:123456789012:myTopic\n');
  });

  it('sets the expanded here-string as the queue policy (the ARNs injected), Add-SQSPermission extends it', () => {
    expect(section(out, 'policy')).toBe('True\n');
    const url = w.awsJson<{ QueueUrl: string }>(['sqs', 'get-queue-url', '--queue-name', 'myQueue']).QueueUrl;
    const attrs = w.awsJson<{ Attributes: { Policy: string } }>(['sqs', 'get-queue-attributes', '--queue-url', url, '--attribute-names', 'Policy']).Attributes;
    const policy = JSON.parse(attrs.Policy) as { Statement: Array<{ Action: string; Resource: string; Condition?: unknown }> };
    const sendStatement = policy.Statement.find((s) => JSON.stringify(s).includes('topic-to-queue'));
    expect(sendStatement).toMatchObject({
      Resource: 'arn:aws:sqs:us-east-1:123456789012:myQueue',
      Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:myTopic' } },
    });
    // Add-SQSPermission added its statement to the same policy.
    expect(policy.Statement.some((s) => JSON.stringify(s).includes('queue-permission'))).toBe(true);
  });

  it('subscribes the queue to the topic and grants the topic permission', () => {
    const subs = w.awsJson<{ Subscriptions: Array<{ SubscriptionArn: string; Protocol: string; Endpoint: string }> }>([
      'sns',
      'list-subscriptions-by-topic',
      '--topic-arn',
      'arn:aws:sns:us-east-1:123456789012:myTopic',
    ]).Subscriptions;
    expect(subs).toHaveLength(1);
    expect(subs[0].Endpoint).toBe('arn:aws:sqs:us-east-1:123456789012:myQueue');
    expect(section(out, 'subscribe')).toBe(`${subs[0].SubscriptionArn}\n`);
    expect(subs[0].SubscriptionArn).toMatch(/^arn:aws:sns:us-east-1:123456789012:myTopic:[0-9a-f-]{36}$/);
    expect(section(out, 'permissions')).toBe('');
    const topicPolicy = w.awsJson<{ Attributes: { Policy: string } }>(['sns', 'get-topic-attributes', '--topic-arn', 'arn:aws:sns:us-east-1:123456789012:myTopic']).Attributes.Policy;
    expect(topicPolicy).toContain('ps-cmdlet-topic');
  });

  it('publishes the message and receives the SNS notification from the queue', () => {
    const messageId = section(out, 'publish').trim();
    expect(messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const received = section(out, 'receive');
    const md5 = /MD5OfBody              : ([0-9a-f]{32})\n/.exec(received)?.[1];
    expect(received).toMatch(
      /^\nAttributes             : \{\}\nMD5OfBody              : [0-9a-f]{32}\nMD5OfMessageAttributes : \nMessageAttributes      : \{\}\nMessageId              : [0-9a-f-]{36}\n\nNotification\narn:aws:sns:us-east-1:123456789012:myTopic\nHave A Nice Day!\n$/,
    );
    expect(md5).toBeDefined();
    // The queue no longer shows the message to the AWS CLI (it is in flight after Receive-SQSMessage).
    const url = w.awsJson<{ QueueUrl: string }>(['sqs', 'get-queue-url', '--queue-name', 'myQueue']).QueueUrl;
    const attrs = w.awsJson<{ Attributes: Record<string, string> }>(['sqs', 'get-queue-attributes', '--queue-url', url, '--attribute-names', 'All']).Attributes;
    expect(attrs.ApproximateNumberOfMessagesNotVisible).toBe('1');
  });
});
