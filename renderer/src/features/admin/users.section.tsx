import { PersonPlusIcon } from '@navikt/aksel-icons';
import { Alert, Button, HStack, Heading, Loader, Table, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/schemas/roles';
import { errorMessage } from '../../api/api-call-error';
import { useUsers } from '../../api/use-users';
import { NewUserModal } from './new-user.modal';

/** The clinic's users, and the way to add one. */
export function UsersSection() {
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="users-heading">
      <VStack gap="space-12">
        <HStack justify="space-between" align="center">
          <Heading level="2" size="medium" id="users-heading">
            Brukere
          </Heading>
          <Button
            size="small"
            variant="secondary"
            icon={<PersonPlusIcon aria-hidden />}
            onClick={() => setCreating(true)}
          >
            Ny bruker
          </Button>
        </HStack>
        {users.isPending && <Loader size="medium" title="Henter brukere …" />}
        {users.isError && (
          <Alert variant="error" size="small">
            {errorMessage(users.error)}
          </Alert>
        )}
        {users.data && (
          <Table size="small" aria-labelledby="users-heading" data-testid="users-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Navn</Table.HeaderCell>
                <Table.HeaderCell scope="col">Brukernavn</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
                <Table.HeaderCell scope="col">HPR-nummer</Table.HeaderCell>
                <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {users.data.map((user) => (
                <Table.Row key={user.id}>
                  <Table.HeaderCell scope="row">{user.displayName}</Table.HeaderCell>
                  <Table.DataCell>{user.username}</Table.DataCell>
                  <Table.DataCell>{ROLE_LABELS[user.role]}</Table.DataCell>
                  <Table.DataCell>{user.hprNumber ?? '–'}</Table.DataCell>
                  <Table.DataCell>
                    {user.active ? (
                      <Tag variant="success" size="small">
                        Aktiv
                      </Tag>
                    ) : (
                      <Tag variant="neutral" size="small">
                        Deaktivert
                      </Tag>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
      <NewUserModal open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
