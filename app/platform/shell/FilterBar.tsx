import { Form, Link } from "@remix-run/react";

export type FilterSelect = {
  name: string;
  label: string;
  value: string | null;
  anyLabel: string;
  options: { value: string; label: string }[];
};

export type FilterSearch = { name: string; label: string; value: string; hint?: string };

/** A GET form of select filters and an optional search box (works without JavaScript), with a link that clears them. */
export function FilterBar(props: {
  label: string;
  search?: FilterSearch;
  selects: FilterSelect[];
  applyLabel: string;
  clearLabel: string;
  clearTo: string;
}) {
  const { search } = props;
  const filtered = Boolean(search?.value) || props.selects.some((select) => select.value);
  return (
    <Form method="get" className="filters" aria-label={props.label} role={search ? "search" : undefined}>
      {search ? (
        <div className="field filters__search">
          <label htmlFor={`filter-${search.name}`}>{search.label}</label>
          <input
            id={`filter-${search.name}`}
            name={search.name}
            type="search"
            defaultValue={search.value}
            key={`${search.name}-${search.value}`}
            maxLength={100}
            aria-describedby={search.hint ? `filter-${search.name}-hint` : undefined}
          />
          {search.hint ? (
            <p className="field__hint" id={`filter-${search.name}-hint`}>
              {search.hint}
            </p>
          ) : null}
        </div>
      ) : null}
      {props.selects.map((select) => (
        <div className="field" key={select.name}>
          <label htmlFor={`filter-${select.name}`}>{select.label}</label>
          <select id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""} key={`${select.name}-${select.value}`}>
            <option value="">{select.anyLabel}</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="button">
        {props.applyLabel}
      </button>
      {filtered ? (
        <Link to={props.clearTo} className="filters__clear">
          {props.clearLabel}
        </Link>
      ) : null}
    </Form>
  );
}
